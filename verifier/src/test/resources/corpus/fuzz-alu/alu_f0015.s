.program alu_f0015 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 475796806
    r9 = -1745057228
    r3 = bswap32 r3
    w3 |= 2147483647
    w8 |= w5
    r5 -= 67
    r9 = r9
    r2 = (s8)r4
    r7 = -r7
    if r5 != -2068401726 goto +1
    r5 += 1
    w2 += w8
    r7 %= r5
    r3 <<= 20
    w4 <<= 0
    r5 |= -2147483648
    r8 /= r2
    r3 %= r8
    r7 -= r3
    r2 = bswap32 r2
    r0 = *(u64 *)(r9 + 0)
    exit
