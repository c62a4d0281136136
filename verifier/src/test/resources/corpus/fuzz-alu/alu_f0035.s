.program alu_f0035 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 263
    r9 = -5
    w5 s>>= w8
    r7 = -r7
    r5 s>>= r9
    r4 -= -14
    w3 = -w3
    r3 <<= 55
    r7 *= 954074481
    r4 &= -594297421
    r9 &= 2071163189
    if w9 != w2 goto +1
    r9 += 1
    r3 /= 1962544564
    w5 |= 137
    r2 |= 91
    r5 = -r5
    r4 >>= 23
    r3 %= r5
    if r4 s< 196 goto +1
    r4 += 1
    if r5 != r4 goto +1
    r5 += 1
    if w5 > w5 goto +1
    r5 += 1
    r7 *= 286
    r4 |= 193
    r2 &= 65535
    r7 ^= 226
    r0 = *(u64 *)(r9 + 0)
    exit
