.program alu_f0021 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -2125853988
    r9 = 60
    if r8 <= 40 goto +1
    r8 += 1
    r5 >>= 29
    r7 ^= r9
    w9 -= w8
    r7 %= r7
    w4 s>>= 3
    if r3 s< r2 goto +1
    r3 += 1
    if r5 & 1 goto +1
    r5 += 1
    r8 = bswap64 r8
    r2 %= r8
    r2 += -1589137856
    r9 ^= r4
    r2 ^= -1664132702
    r2 >>= 8
    if r8 <= 1387510215 goto +1
    r8 += 1
    r2 ^= 32
    r4 += r5
    r5 ^= r7
    r8 &= 142
    w4 += 1697523585
    r9 >>= 31
    r9 = bswap16 r9
    r4 += -481877534
    w4 /= 123
    w7 <<= 10
    r0 = *(u64 *)(r9 + 0)
    exit
