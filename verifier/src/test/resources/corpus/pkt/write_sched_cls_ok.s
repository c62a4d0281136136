.program write_sched_cls_ok type=sched_cls
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r4 = r2
    r4 += 1
    if r4 > r3 goto +2
    *(u8 *)(r2 + 0) = 1
    r0 = 0
    exit
