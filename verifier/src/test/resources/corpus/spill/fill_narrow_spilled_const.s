.program fill_narrow_spilled_const type=sched_cls
    r1 = 5
    *(u64 *)(r10 - 8) = r1
    r2 = *(u32 *)(r10 - 8)
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
