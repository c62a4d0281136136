.program var_offset_before_check type=sched_cls
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r4 = r2
    r4 += 8
    if r4 > r3 goto +4
    r5 = *(u32 *)(r1 + 0)
    r5 &= 7
    r2 += r5
    r0 = *(u8 *)(r2 + 0)
    exit
