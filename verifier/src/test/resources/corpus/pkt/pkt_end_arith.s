.program pkt_end_arith type=sched_cls
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r3 += 1
    r0 = 0
    exit
