.program var_offset_after_check type=sched_cls
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r5 = *(u32 *)(r1 + 0)
    r5 &= 7
    r2 += r5
    r4 = r2
    r4 += 4
    if r4 > r3 goto +2
    r0 = *(u32 *)(r2 + 0)
    exit
    r0 = 0
    exit
