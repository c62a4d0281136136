.program jne_two_values type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r2 &= 16
    if r2 == 0 goto +4
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = *(u8 *)(r3 - 1)
    exit
    r0 = 0
    exit
