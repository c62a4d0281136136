.program read_past_check type=sched_cls
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r4 = r2
    r4 += 14
    if r4 > r3 goto +2
    r0 = *(u8 *)(r2 + 14)
    exit
    r0 = 0
    exit
