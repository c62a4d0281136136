.program prune_p0000 type=sched_cls
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
    r0 &= 131072
    if r0 == 0 goto +1
    r5 = 37
    *(u64 *)(r10 - 80) = r5
    r0 = r7
    r0 &= 2
    if r0 == 0 goto +1
    r9 = 56
    r5 = r2
    r0 = r8
    r0 &= 4
    if r0 == 0 goto +1
    r5 = 24
    r3 = *(u64 *)(r10 - 72)
    *(u64 *)(r10 - 96) = r5
    if r4 > 68 goto +1
    r4 = 57
    r5 = r9
    *(u64 *)(r10 - 96) = r9
    r0 = r7
    r0 &= 32768
    if r0 == 0 goto +1
    r4 = 9
    r1 = r10
    r1 += -64
    r1 += r9
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
