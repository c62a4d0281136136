.program prune_p0003 type=sched_cls
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
    if r5 > 31 goto +1
    r5 = 17
    r9 = *(u64 *)(r10 - 96)
    if r2 > 56 goto +1
    r2 = 3
    r1 = r10
    r1 += -64
    r1 += r4
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
