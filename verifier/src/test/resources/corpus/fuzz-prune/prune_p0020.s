.program prune_p0020 type=sched_cls
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
    if r4 > 13 goto +1
    r4 = 9
    r0 = r7
    r0 &= 1024
    if r0 == 0 goto +1
    r5 = 33
    r0 = r7
    r0 &= 4
    if r0 == 0 goto +1
    r4 = 35
    if r5 > 62 goto +1
    r5 = 58
    *(u64 *)(r10 - 88) = r9
    r0 = r8
    r0 &= 67108864
    if r0 == 0 goto +1
    r5 = 100
    r5 = *(u64 *)(r10 - 80)
    r5 = *(u64 *)(r10 - 72)
    r2 = *(u64 *)(r10 - 88)
    r0 = r7
    r0 &= 1073741824
    if r0 == 0 goto +1
    r5 = 3
    r0 = r8
    r0 &= 32768
    if r0 == 0 goto +1
    r2 = 33
    r1 = r10
    r1 += -64
    r1 += r2
    r0 = *(u8 *)(r1 + 0)
    r0 = 0
    exit
