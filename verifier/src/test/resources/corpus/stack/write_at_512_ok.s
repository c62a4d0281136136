.program write_at_512_ok type=sched_cls
    *(u64 *)(r10 - 512) = r1
    r0 = 0
    exit
