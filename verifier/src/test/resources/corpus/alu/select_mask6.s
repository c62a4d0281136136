.program select_mask6 type=sched_cls
    r6 = r1
    r4 = *(u32 *)(r6 + 0)
    r4 &= 1
    r4 += -1
    r4 &= 8
    if r4 != 0 goto +2
    r0 = *(u64 *)(r9 + 0)
    exit
    r0 = 0
    exit
