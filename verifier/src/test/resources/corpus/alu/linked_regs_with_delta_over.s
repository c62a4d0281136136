.program linked_regs_with_delta_over type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r4 = r2
    r4 += 3
    if r2 > 5 goto +5
    r3 = r10
    r3 += -8
    r3 += r4
    r0 = *(u8 *)(r3 + 0)
    exit
    r0 = 0
    exit
