.program prune_p0026 type=sched_cls
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
    r0 &= 32768
    if r0 == 0 goto +1
    r3 = 10
    if r9 > 42 goto +1
    r9 = 34
    r0 = r8
    r0 &= 536870912
    if r0 == 0 goto +1
    r9 = 41
    r0 = r7
    r0 &= 32
    if r0 == 0 goto +1
    r2 = 53
    r0 = r8
    r0 &= 32
    if r0 == 0 goto +1
    r5 = 46
    if r2 > 15 goto +1
    r2 = 19
    r0 = r8
    r0 &= 67108864
    if r0 == 0 goto +1
    r4 = 14
    if r5 > 42 goto +1
    r5 = 30
    r0 = r7
    r0 &= 32
    if r0 == 0 goto +1
    r3 = 16
    r0 = r8
    r0 &= 134217728
    if r0 == 0 goto +1
    r3 = 48
    r1 = r10
    r1 += -64
    r1 += r4
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
