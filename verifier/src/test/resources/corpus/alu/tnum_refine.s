.program tnum_refine type=sched_cls
    r0 = *(u32 *)(r1 + 0)
    r0 &= 0xf0
    if r0 > 20 goto +2
    r0 = 0
    exit
    r2 = r0
    r3 = *(u32 *)(r1 + 0)
    r3 &= 0x30
    if r3 != 16 goto +1
    r4 = r3
    r5 = *(u32 *)(r1 + 0)
    r5 &= 0x50
    if r5 == 0 goto +1
    r6 = r5
    r0 = *(u64 *)(r9 + 0)
    exit
