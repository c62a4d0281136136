.program prune_p0032 type=sched_cls
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
    r5 = *(u64 *)(r10 - 88)
    r3 = r4
    r0 = r8
    r0 &= 16384
    if r0 == 0 goto +1
    r3 = 15
    r0 = r8
    r0 &= 4096
    if r0 == 0 goto +1
    r9 = 25
    if r9 > 56 goto +1
    r9 = 24
    r0 = r8
    r0 &= 16777216
    if r0 == 0 goto +1
    r4 = -1
    r0 = r7
    r0 &= 268435456
    if r0 == 0 goto +1
    r9 = 7
    r0 = r8
    r0 &= 8192
    if r0 == 0 goto +1
    r9 = 7
    r3 = r2
    if r3 > 67 goto +1
    r3 = 20
    *(u64 *)(r10 - 96) = r4
    r0 = r7
    r0 &= 64
    if r0 == 0 goto +1
    r5 = 38
    r4 = *(u64 *)(r10 - 88)
    r1 = r10
    r1 += -64
    r1 += r9
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
