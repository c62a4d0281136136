.program alu_f0038 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 109
    r9 = 160
    r8 |= -2008059385
    r5 += r2
    r3 = r4
    r4 >>= r7
    if r2 s<= r5 goto +1
    r2 += 1
    r2 -= 31
    w3 = -w3
    w8 %= -6
    r9 /= r9
    r2 *= -1597029694
    r5 = le16 r5
    w5 /= 88
    r7 = r9
    w7 <<= w8
    w4 s>>= 9
    w8 = -1621279451
    r5 /= r5
    if r7 != r3 goto +1
    r7 += 1
    r2 <<= r5
    r2 <<= 4
    r5 |= 255
    r0 = *(u64 *)(r9 + 0)
    exit
