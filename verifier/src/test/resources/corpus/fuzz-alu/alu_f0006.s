.program alu_f0006 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -797439
    r9 = 213
    if r7 >= r7 goto +1
    r7 += 1
    r5 = -r5
    w4 += w5
    r3 &= r2
    r3 = -r3
    r4 = bswap16 r4
    if r8 & 2044751815 goto +1
    r8 += 1
    r7 ^= 864432293
    r3 s>>= r9
    r9 <<= r2
    r4 s>>= r9
    r9 %= 31
    r2 = be16 r2
    r4 = -r4
    if r7 == r8 goto +1
    r7 += 1
    r9 -= 2070964262
    r9 <<= 32
    r4 -= -1243784387
    r0 = *(u64 *)(r9 + 0)
    exit
