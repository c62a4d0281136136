.map h type=hash key=4 value=8 entries=16
.program hash_lookup_spilled_copy_checked type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    *(u64 *)(r10 - 16) = r0
    if r0 == 0 goto +3
    r6 = *(u64 *)(r10 - 16)
    r0 = *(u64 *)(r6 + 0)
    exit
    r0 = 0
    exit
