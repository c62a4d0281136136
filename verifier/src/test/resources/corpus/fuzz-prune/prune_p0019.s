.program prune_p0019 type=sched_cls
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
    r4 = *(u64 *)(r10 - 72)
    r5 = *(u64 *)(r10 - 96)
    r0 = r7
    r0 &= 256
    if r0 == 0 goto +1
    r2 = 10
    *(u64 *)(r10 - 96) = r2
    r0 = r7
    r0 &= 134217728
    if r0 == 0 goto +1
    r4 = 46
    if r5 > 12 goto +1
    r5 = 40
    *(u64 *)(r10 - 88) = r9
    r0 = r7
    r0 &= 4096
    if r0 == 0 goto +1
    r2 = 1
    r0 = r8
    r0 &= 4194304
    if r0 == 0 goto +1
    r2 = 10
    r9 = r9
    r0 = r7
    r0 &= 256
    if r0 == 0 goto +1
    r2 = 15
    if r4 > 14 goto +1
    r4 = 26
    if r2 > 56 goto +1
    r2 = 36
    r1 = r10
    r1 += -64
    r1 += r5
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
