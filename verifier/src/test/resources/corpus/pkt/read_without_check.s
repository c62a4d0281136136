.program read_without_check type=sched_cls
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r0 = *(u8 *)(r2 + 0)
    exit
