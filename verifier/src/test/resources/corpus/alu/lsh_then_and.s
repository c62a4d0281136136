.program lsh_then_and type=socket_filter
    r2 = *(u32 *)(r1 + 0)
    r2 &= 3
    r2 <<= 1
    r3 = r10
    r3 += -8
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
