.program len_masked_index type=socket_filter
    r2 = *(u32 *)(r1 + 0)
    r2 &= 31
    r3 = r10
    r3 += -32
    r3 += r2
    *(u8 *)(r3 + 0) = 1
    r0 = 0
    exit
