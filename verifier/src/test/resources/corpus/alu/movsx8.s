.program movsx8 type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r2 = (s8)r2
    if r2 s< 0 goto +5
    r3 = r10
    r3 += -128
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
    r0 = 0
    exit
