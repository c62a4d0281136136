.program alu_f0001 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 26
    r9 = 14
    r8 >>= 32
    if w5 s> w7 goto +1
    r5 += 1
    r4 |= 96
    if r2 < -7 goto +1
    r2 += 1
    if r9 == 300 goto +1
    r9 += 1
    r2 ^= r5
    if r2 != r7 goto +1
    r2 += 1
    r9 *= r8
    r2 = -r2
    r4 = (s16)r8
    w5 = 1
    r2 *= 19164543
    r8 = 214
    r5 -= r5
    if w5 != 28 goto +1
    r5 += 1
    r7 *= 2147483647
    r3 = 1433310833
    r9 >>= 29
    if r2 != 6 goto +1
    r2 += 1
    r8 &= -1048013234
    r7 -= 276
    w8 += w4
    w4 |= w9
    r8 ^= r4
    r7 &= 141
    r0 = *(u64 *)(r9 + 0)
    exit
