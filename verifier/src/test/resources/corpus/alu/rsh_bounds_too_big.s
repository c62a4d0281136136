.program rsh_bounds_too_big type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r2 >>= 28
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
