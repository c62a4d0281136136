.program select_mask type=sched_cls
    r4 = *(u32 *)(r1 + 0)
    r4 &= 1
    r4 = -r4
    r5 = r4
    r5 |= 59
    r6 = r4
    r6 |= 1
    r7 = r4
    r7 ^= 59
    r8 = r4
    r8 &= 59
    r9 = r4
    r9 |= -4
    r0 = *(u64 *)(r9 + 0)
    exit
