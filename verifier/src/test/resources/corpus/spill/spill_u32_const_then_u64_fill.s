.program spill_u32_const_then_u64_fill type=sched_cls
    *(u32 *)(r10 - 8) = 3
    *(u32 *)(r10 - 4) = 0
    r2 = *(u64 *)(r10 - 8)
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = 0
    exit
