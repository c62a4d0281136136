.program jset_known_bit type=socket_filter
    r2 = *(u32 *)(r1 + 0)
    r2 &= 4
    if r2 & 8 goto +2
    r0 = 0
    exit
    r0 = *(u64 *)(r9 + 0)
    exit
