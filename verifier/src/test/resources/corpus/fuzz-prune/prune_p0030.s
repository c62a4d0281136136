.program prune_p0030 type=sched_cls
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
    r0 = r7
    r0 &= 134217728
    if r0 == 0 goto +1
    r9 = 7
    *(u64 *)(r10 - 72) = r4
    r0 = r8
    r0 &= 4096
    if r0 == 0 goto +1
    r9 = 45
    r2 = r4
    r0 = r8
    r0 &= 512
    if r0 == 0 goto +1
    r4 = 47
    if r5 > 1 goto +1
    r5 = 14
    r0 = r8
    r0 &= 4096
    if r0 == 0 goto +1
    r4 = -1
    r0 = r8
    r0 &= 4194304
    if r0 == 0 goto +1
    r2 = 29
    r0 = r8
    r0 &= 16
    if r0 == 0 goto +1
    r2 = 7
    if r2 > 15 goto +1
    r2 = 14
    r0 = r7
    r0 &= 131072
    if r0 == 0 goto +1
    r2 = 6
    if r2 > 28 goto +1
    r2 = 13
    r9 = *(u64 *)(r10 - 88)
    r1 = r10
    r1 += -64
    r1 += r9
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
