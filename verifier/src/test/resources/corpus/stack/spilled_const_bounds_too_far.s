.program spilled_const_bounds_too_far type=sched_cls
    r2 = 6
    *(u64 *)(r10 - 8) = r2
    r3 = *(u64 *)(r10 - 8)
    r4 = r10
    r4 += -8
    r4 += r3
    r0 = *(u32 *)(r4 + 0)
    exit
