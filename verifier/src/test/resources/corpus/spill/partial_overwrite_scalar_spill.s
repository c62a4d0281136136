.program partial_overwrite_scalar_spill type=sched_cls
    r1 = 5
    *(u64 *)(r10 - 8) = r1
    *(u8 *)(r10 - 8) = 1
    r2 = *(u64 *)(r10 - 8)
    r3 = r10
    r3 += r2
    r0 = 0
    exit
