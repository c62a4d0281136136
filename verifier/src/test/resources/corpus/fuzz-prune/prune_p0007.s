.program prune_p0007 type=sched_cls
    r6 = r1
    *(u64 *)(r10 - 72) = 0
    *(u64 *)(r10 - 80) = 0
    *(u64 *)(r10 - 88) = 0
    *(u64 *)(r10 - 96) = 0
    r7 = *(u32 *)(r6 + 0)
    r8 = *(u32 *)(r6 + 4)
    r2 = 0
    r3 = 0
    r4 = 0
    r5 = 0
    r9 = 0
    if r4 > 1 goto +1
    r4 = 41
    r3 = *(u64 *)(r10 - 80)
    r5 = r9
    r9 = r5
    r0 = r7
    r0 &= 134217728
    if r0 == 0 goto +1
    r3 = 21
    r0 = r7
    r0 &= 4194304
    if r0 == 0 goto +1
    r3 = 23
    r0 = r8
    r0 &= 16777216
    if r0 == 0 goto +1
    r5 = 16
    r0 = r7
    r0 &= 8388608
    if r0 == 0 goto +1
    r2 = 41
    *(u64 *)(r10 - 80) = r9
    r0 = r8
    r0 &= 1048576
    if r0 == 0 goto +1
    r4 = 29
    r1 = r10
    r1 += -64
    r1 += r4
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
