.program prune_p0006 type=sched_cls
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
    r3 = r3
    if r9 > 36 goto +1
    r9 = 4
    if r5 > 3 goto +1
    r5 = 61
    r0 = r8
    r0 &= 524288
    if r0 == 0 goto +1
    r4 = 37
    r0 = r7
    r0 &= 536870912
    if r0 == 0 goto +1
    r4 = 45
    r2 = *(u64 *)(r10 - 88)
    r0 = r7
    r0 &= 268435456
    if r0 == 0 goto +1
    r5 = 46
    r1 = r10
    r1 += -64
    r1 += r3
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
