.program fetch32_zext type=sched_cls
    *(u64 *)(r10 - 8) = 0
    r1 = 1
    w1 = atomic_fetch_or((u32 *)(r10 - 8), w1)
    r2 = r10
    r2 += r1
    r0 = 0
    exit
