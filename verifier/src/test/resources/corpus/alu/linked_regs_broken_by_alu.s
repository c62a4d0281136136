.program linked_regs_broken_by_alu type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r4 = r2
    r4 |= 1
    if r2 > 7 goto +5
    r3 = r10
    r3 += -8
    r3 += r4
    r0 = *(u8 *)(r3 + 0)
    exit
    r0 = 0
    exit
