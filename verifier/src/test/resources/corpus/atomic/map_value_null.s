.map h type=hash key=4 value=8 entries=16
.program map_value_null type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r1 = 1
    lock *(u64 *)(r0 + 0) += r1
    r0 = 0
    exit
