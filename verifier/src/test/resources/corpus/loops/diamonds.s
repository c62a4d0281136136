.program diamonds type=sched_cls
    r6 = *(u32 *)(r1 + 0)
    r0 = 0
    if r6 & 1 goto +1
    r0 += 1
    if r6 & 2 goto +1
    r0 += 2
    if r6 & 4 goto +1
    r0 += 4
    if r6 & 8 goto +1
    r0 += 8
    r0 = 0
    exit
