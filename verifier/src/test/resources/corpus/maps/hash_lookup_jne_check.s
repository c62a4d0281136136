.map h type=hash key=4 value=8 entries=16
.program hash_lookup_jne_check type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 != 0 goto +2
    r0 = 0
    exit
    r0 = *(u64 *)(r0 + 0)
    exit
