.program branch_refines_off_by_one type=socket_filter
    r2 = *(u32 *)(r1 + 0)
    if r2 > 8 goto +5
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
    r0 = 0
    exit
