.program prune_p0001 type=sched_cls
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
    r3 = *(u64 *)(r10 - 96)
    r0 = r7
    r0 &= 32
    if r0 == 0 goto +1
    r9 = 53
    r0 = r8
    r0 &= 524288
    if r0 == 0 goto +1
    r9 = 29
    r0 = r8
    r0 &= 128
    if r0 == 0 goto +1
    r4 = 19
    r0 = r7
    r0 &= 16777216
    if r0 == 0 goto +1
    r2 = 53
    r0 = r8
    r0 &= 256
    if r0 == 0 goto +1
    r5 = 31
    r0 = r8
    r0 &= 2097152
    if r0 == 0 goto +1
    r3 = 2
    r0 = r8
    r0 &= 33554432
    if r0 == 0 goto +1
    r9 = 26
    r1 = r10
    r1 += -64
    r1 += r3
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
