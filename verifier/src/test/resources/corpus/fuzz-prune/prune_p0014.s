.program prune_p0014 type=sched_cls
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
    r9 = *(u64 *)(r10 - 88)
    *(u64 *)(r10 - 96) = r2
    r2 = *(u64 *)(r10 - 96)
    r2 = r2
    r5 = r2
    if r5 > 51 goto +1
    r5 = 53
    r0 = r7
    r0 &= 512
    if r0 == 0 goto +1
    r5 = 55
    if r9 > 23 goto +1
    r9 = 29
    r0 = r7
    r0 &= 262144
    if r0 == 0 goto +1
    r5 = 3
    r0 = r8
    r0 &= 32768
    if r0 == 0 goto +1
    r2 = 3
    r0 = r8
    r0 &= 1024
    if r0 == 0 goto +1
    r9 = 13
    *(u64 *)(r10 - 80) = r5
    r0 = r8
    r0 &= 268435456
    if r0 == 0 goto +1
    r9 = 43
    r0 = r7
    r0 &= 131072
    if r0 == 0 goto +1
    r9 = 9
    r1 = r10
    r1 += -64
    r1 += r5
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
