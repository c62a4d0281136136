.program branch_refines_upper type=socket_filter
    r2 = *(u32 *)(r1 + 0)
    if r2 > 7 goto +5
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
    r0 = 0
    exit
