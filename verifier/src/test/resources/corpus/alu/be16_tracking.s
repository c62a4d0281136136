.program be16_tracking type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r2 &= 1
    r2 = be16 r2
    r3 = r10
    r3 += -512
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
