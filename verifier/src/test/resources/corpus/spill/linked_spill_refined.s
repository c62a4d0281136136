.program linked_spill_refined type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    *(u64 *)(r10 - 8) = r2
    if r2 > 7 goto +5
    r4 = *(u64 *)(r10 - 8)
    r3 = r10
    r3 += -8
    r3 += r4
    r0 = *(u8 *)(r3 + 0)
    exit
    r0 = 0
    exit
