.program cmpxchg_r0_uninit type=sched_cls
    *(u64 *)(r10 - 8) = 0
    r1 = 2
    r0 = cmpxchg_64(r10 - 8, r0, r1)
    exit
