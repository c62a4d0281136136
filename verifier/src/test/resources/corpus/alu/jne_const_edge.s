.program jne_const_edge type=socket_filter
    r2 = *(u32 *)(r1 + 0)
    r2 &= 7
    if r2 != 7 goto +5
    r0 = 0
    exit
    r3 = r10
    r3 += -7
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
