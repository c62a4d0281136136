.program jset_single_bit_refines type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r2 &= 12
    if r2 & 4 goto +2
    r0 = 0
    exit
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
