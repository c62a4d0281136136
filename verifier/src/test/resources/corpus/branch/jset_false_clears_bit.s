.program jset_false_clears_bit type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r2 &= 24
    if r2 & 16 goto +4
    r3 = r10
    r3 += -9
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
    r0 = 0
    exit
