.program write_below_512 type=sched_cls
    *(u64 *)(r10 - 520) = r1
    r0 = 0
    exit
