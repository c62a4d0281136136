.program prune_p0015 type=sched_cls
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
    *(u64 *)(r10 - 80) = r9
    r9 = r3
    r0 = r8
    r0 &= 256
    if r0 == 0 goto +1
    r4 = 20
    r9 = *(u64 *)(r10 - 88)
    r0 = r8
    r0 &= 128
    if r0 == 0 goto +1
    r4 = 63
    r0 = r8
    r0 &= 512
    if r0 == 0 goto +1
    r9 = 21
    r0 = r8
    r0 &= 4194304
    if r0 == 0 goto +1
    r4 = -1
    r4 = *(u64 *)(r10 - 88)
    if r4 > 45 goto +1
    r4 = 61
    r1 = r10
    r1 += -64
    r1 += r5
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
