.map h type=hash key=4 value=8 entries=16
.program value_ptr_after_call_r0_clobbered type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    call bpf_get_prandom_u32
    r0 = *(u64 *)(r0 + 0)
    r0 = 0
    exit
