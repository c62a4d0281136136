.program alu_f0000 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 212
    r9 = -645375236
    r9 = bswap32 r9
    w5 /= 138
    if r9 > r4 goto +1
    r9 += 1
    r4 &= 1
    r9 = (s32)r8
    w2 *= -1
    r3 &= -482493764
    r7 = r7
    r9 %= 7
    r7 >>= 38
    if r8 s> 31 goto +1
    r8 += 1
    w7 = -w7
    r7 = (s16)r8
    w8 = -w8
    r7 s>>= 42
    r5 = be32 r5
    r9 &= r8
    r2 = -235218824
    r2 += -1471159956
    r0 = *(u64 *)(r9 + 0)
    exit
