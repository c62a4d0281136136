.program select_mask5 type=sched_cls
    r6 = r1
    r4 = *(u32 *)(r6 + 0)
    r4 &= 1
    r4 += -1
    r5 = 8
    r5 &= r4
    w7 = w4
    w7 |= 3
    r0 = 0
    exit
