.program alu_f0007 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 77
    r9 = 184
    r8 |= 7
    w2 *= 299079112
    w4 += 12
    r8 *= 2143555716
    r9 = 1694521453
    r9 = -r9
    if r3 >= 179 goto +1
    r3 += 1
    r4 = (s16)r4
    r9 >>= 10
    r3 <<= 22
    if w8 != w2 goto +1
    r8 += 1
    r7 s>>= 63
    r3 -= 190
    w9 &= w4
    if r3 <= 195 goto +1
    r3 += 1
    w5 <<= w5
    r2 &= 2147483647
    r3 s>>= 0
    r0 = *(u64 *)(r9 + 0)
    exit
