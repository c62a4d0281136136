.map h type=hash key=4 value=8 entries=16
.program lookup_value_then_call_keeps_r6 type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r6 = r0
    call bpf_get_prandom_u32
    if r6 == 0 goto +1
    r0 = *(u64 *)(r6 + 0)
    r0 = 0
    exit
