.program prune_p0013 type=sched_cls
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
    r4 = *(u64 *)(r10 - 88)
    r0 = r7
    r0 &= 131072
    if r0 == 0 goto +1
    r5 = 35
    r5 = *(u64 *)(r10 - 72)
    r0 = r8
    r0 &= 131072
    if r0 == 0 goto +1
    r2 = 31
    r0 = r7
    r0 &= 1
    if r0 == 0 goto +1
    r3 = 58
    r0 = r8
    r0 &= 1
    if r0 == 0 goto +1
    r3 = 49
    if r2 > 64 goto +1
    r2 = 60
    r2 = r9
    r0 = r7
    r0 &= 67108864
    if r0 == 0 goto +1
    r4 = 37
    r0 = r7
    r0 &= 32
    if r0 == 0 goto +1
    r4 = 20
    *(u64 *)(r10 - 96) = r9
    *(u64 *)(r10 - 72) = r4
    r5 = r4
    if r9 > 60 goto +1
    r9 = 7
    r1 = r10
    r1 += -64
    r1 += r4
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
