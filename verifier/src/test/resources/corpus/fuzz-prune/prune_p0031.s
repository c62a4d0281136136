.program prune_p0031 type=sched_cls
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
    r0 &= 268435456
    if r0 == 0 goto +1
    r2 = 21
    r0 = r7
    r0 &= 33554432
    if r0 == 0 goto +1
    r3 = 42
    r0 = r7
    r0 &= 16
    if r0 == 0 goto +1
    r3 = 17
    *(u64 *)(r10 - 88) = r2
    r3 = r4
    *(u64 *)(r10 - 80) = r4
    r0 = r8
    r0 &= 131072
    if r0 == 0 goto +1
    r4 = 100
    r9 = *(u64 *)(r10 - 72)
    r0 = r7
    r0 &= 524288
    if r0 == 0 goto +1
    r4 = 51
    r4 = r4
    if r3 > 18 goto +1
    r3 = 7
    r1 = r10
    r1 += -64
    r1 += r2
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
