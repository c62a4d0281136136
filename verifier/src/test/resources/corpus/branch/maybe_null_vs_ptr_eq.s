.map h type=hash key=4 value=8 entries=16
.program maybe_null_vs_ptr_eq type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r6 = r0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +3
    if r6 != r0 goto +2
    r0 = *(u64 *)(r6 + 0)
    exit
    r0 = 0
    exit
