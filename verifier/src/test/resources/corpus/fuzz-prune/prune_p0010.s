.program prune_p0010 type=sched_cls
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
    *(u64 *)(r10 - 80) = r4
    r0 = r8
    r0 &= 65536
    if r0 == 0 goto +1
    r3 = 3
    if r3 > 23 goto +1
    r3 = 30
    r0 = r7
    r0 &= 8388608
    if r0 == 0 goto +1
    r2 = 100
    *(u64 *)(r10 - 96) = r5
    r3 = r9
    r0 = r7
    r0 &= 16
    if r0 == 0 goto +1
    r5 = 33
    r5 = *(u64 *)(r10 - 96)
    r0 = r8
    r0 &= 4194304
    if r0 == 0 goto +1
    r2 = 49
    r0 = r7
    r0 &= 268435456
    if r0 == 0 goto +1
    r2 = 31
    r0 = r8
    r0 &= 32768
    if r0 == 0 goto +1
    r9 = 28
    r1 = r10
    r1 += -64
    r1 += r9
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
