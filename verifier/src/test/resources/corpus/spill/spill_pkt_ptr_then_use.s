.program spill_pkt_ptr_then_use type=sched_cls
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    *(u64 *)(r10 - 8) = r2
    r4 = r2
    r4 += 2
    if r4 > r3 goto +3
    r5 = *(u64 *)(r10 - 8)
    r0 = *(u16 *)(r5 + 0)
    exit
    r0 = 0
    exit
