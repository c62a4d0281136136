.program alu_f0022 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 1747028290
    r9 = 112
    r9 = -r9
    if r3 != 85 goto +1
    r3 += 1
    r2 *= -165041695
    r9 s>>= 61
    r8 <<= 45
    w3 += 288
    if r3 & r4 goto +1
    r3 += 1
    r8 = -r8
    w8 *= w5
    r8 ^= r9
    r9 |= 2147483647
    r0 = *(u64 *)(r9 + 0)
    exit
