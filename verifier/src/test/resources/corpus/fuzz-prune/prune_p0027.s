.program prune_p0027 type=sched_cls
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
    r0 &= 512
    if r0 == 0 goto +1
    r3 = 59
    r9 = r2
    r0 = r7
    r0 &= 128
    if r0 == 0 goto +1
    r3 = 17
    if r9 > 69 goto +1
    r9 = 51
    r0 = r8
    r0 &= 268435456
    if r0 == 0 goto +1
    r2 = 38
    r3 = r5
    r0 = r7
    r0 &= 134217728
    if r0 == 0 goto +1
    r9 = 5
    if r5 > 24 goto +1
    r5 = 44
    r9 = *(u64 *)(r10 - 80)
    r0 = r8
    r0 &= 268435456
    if r0 == 0 goto +1
    r2 = 0
    if r4 > 49 goto +1
    r4 = 49
    r1 = r10
    r1 += -64
    r1 += r5
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
