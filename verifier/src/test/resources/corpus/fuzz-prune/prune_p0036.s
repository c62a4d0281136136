.program prune_p0036 type=sched_cls
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
    *(u64 *)(r10 - 72) = r5
    *(u64 *)(r10 - 72) = r2
    r0 = r7
    r0 &= 16384
    if r0 == 0 goto +1
    r4 = 26
    r0 = r8
    r0 &= 4
    if r0 == 0 goto +1
    r3 = 40
    r0 = r7
    r0 &= 2048
    if r0 == 0 goto +1
    r9 = 35
    r0 = r7
    r0 &= 32
    if r0 == 0 goto +1
    r9 = 30
    if r3 > 15 goto +1
    r3 = 28
    r0 = r8
    r0 &= 67108864
    if r0 == 0 goto +1
    r3 = 54
    r1 = r10
    r1 += -64
    r1 += r9
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
