.program prune_p0034 type=sched_cls
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
    r2 = *(u64 *)(r10 - 88)
    r0 = r8
    r0 &= 524288
    if r0 == 0 goto +1
    r5 = 60
    if r3 > 44 goto +1
    r3 = 63
    r3 = r3
    r5 = *(u64 *)(r10 - 96)
    if r5 > 10 goto +1
    r5 = 61
    r0 = r8
    r0 &= 64
    if r0 == 0 goto +1
    r2 = 5
    r2 = r4
    if r4 > 45 goto +1
    r4 = 48
    r0 = r7
    r0 &= 16
    if r0 == 0 goto +1
    r2 = 41
    r0 = r8
    r0 &= 4194304
    if r0 == 0 goto +1
    r5 = 0
    r1 = r10
    r1 += -64
    r1 += r4
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
