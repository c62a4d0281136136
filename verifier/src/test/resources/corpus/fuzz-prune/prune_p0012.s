.program prune_p0012 type=sched_cls
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
    r0 = r8
    r0 &= 67108864
    if r0 == 0 goto +1
    r4 = 45
    r0 = r8
    r0 &= 8388608
    if r0 == 0 goto +1
    r3 = 28
    r2 = r2
    r0 = r7
    r0 &= 33554432
    if r0 == 0 goto +1
    r2 = 44
    r0 = r8
    r0 &= 1
    if r0 == 0 goto +1
    r9 = 14
    r1 = r10
    r1 += -64
    r1 += r2
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
