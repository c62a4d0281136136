.program neg_range type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r2 &= 7
    r2 = -r2
    r3 = r10
    r3 += r2
    r0 = *(u8 *)(r3 - 1)
    exit
