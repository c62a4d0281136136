.program prune_p0038 type=sched_cls
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
    r0 &= 8388608
    if r0 == 0 goto +1
    r2 = 20
    r0 = r8
    r0 &= 2048
    if r0 == 0 goto +1
    r2 = 46
    r9 = r9
    r3 = r9
    if r9 > 43 goto +1
    r9 = 49
    if r4 > 1 goto +1
    r4 = 1
    r0 = r7
    r0 &= 536870912
    if r0 == 0 goto +1
    r3 = 56
    *(u64 *)(r10 - 88) = r2
    r0 = r7
    r0 &= 262144
    if r0 == 0 goto +1
    r5 = 64
    r0 = r8
    r0 &= 131072
    if r0 == 0 goto +1
    r3 = 23
    r1 = r10
    r1 += -64
    r1 += r3
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
