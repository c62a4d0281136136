.program alu_f0012 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 128
    r9 = 260
    r8 = -r8
    r9 = -r9
    r2 += r4
    r2 *= 50
    w4 += -2147483648
    r8 <<= 49
    r4 = le16 r4
    r2 = be32 r2
    if r9 s<= -807496082 goto +1
    r9 += 1
    w5 |= 195
    r8 *= 1231142266
    if r5 <= r9 goto +1
    r5 += 1
    r9 %= 433166937
    r2 = -r2
    w8 %= w3
    r5 %= -1591095481
    if w3 s< 1702965865 goto +1
    r3 += 1
    r9 &= 8
    r5 >>= 45
    r8 |= -1700557393
    w8 s>>= 25
    r2 >>= r4
    r9 ^= r3
    r4 %= 30
    if w7 >= -1862044005 goto +1
    r7 += 1
    r0 = *(u64 *)(r9 + 0)
    exit
