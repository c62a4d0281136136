.map h type=hash key=4 value=8 entries=16
.program spilled_map_ptr type=sched_cls
    r1 = h ll
    *(u64 *)(r10 - 16) = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = *(u64 *)(r10 - 16)
    call bpf_map_lookup_elem
    r0 = 0
    exit
