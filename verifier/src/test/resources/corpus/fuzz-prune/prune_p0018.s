.program prune_p0018 type=sched_cls
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
    r0 &= 32
    if r0 == 0 goto +1
    r9 = 34
    r0 = r8
    r0 &= 4194304
    if r0 == 0 goto +1
    r4 = 1
    if r9 > 48 goto +1
    r9 = 6
    if r2 > 57 goto +1
    r2 = 45
    r0 = r8
    r0 &= 262144
    if r0 == 0 goto +1
    r2 = 25
    if r9 > 15 goto +1
    r9 = 38
    r3 = r5
    r0 = r8
    r0 &= 16777216
    if r0 == 0 goto +1
    r9 = 23
    r4 = r4
    r0 = r7
    r0 &= 8192
    if r0 == 0 goto +1
    r4 = -1
    r0 = r8
    r0 &= 1
    if r0 == 0 goto +1
    r3 = -1
    r1 = r10
    r1 += -64
    r1 += r3
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
