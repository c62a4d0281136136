.program tnum_refine2 type=sched_cls
    r6 = r1
    r0 = *(u32 *)(r6 + 0)
    r0 &= 0x30
    if r0 == 0 goto +1
    r2 = r0
    r0 = *(u32 *)(r6 + 0)
    r0 &= 16
    if r0 != 16 goto +1
    r3 = r0
    r0 = *(u32 *)(r6 + 0)
    r0 &= 16
    r0 |= 4
    if r0 == 4 goto +1
    r4 = r0
    r0 = *(u32 *)(r6 + 0)
    r0 &= 16
    r0 |= 4
    if r0 != 20 goto +1
    r5 = r0
    r0 = *(u32 *)(r6 + 0)
    r0 &= 0x40000000
    if r0 == 0 goto +1
    r7 = r0
    r0 = *(u64 *)(r9 + 0)
    exit
