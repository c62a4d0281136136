.program alu_f0033 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -2052337465
    r9 = 139
    w7 >>= 5
    r5 %= -979259529
    r4 %= r4
    r3 = bswap16 r3
    w2 *= w4
    r3 = le32 r3
    r9 <<= 32
    r2 %= r8
    r8 ^= r9
    r4 = -r4
    r3 = le16 r3
    if w3 s<= 1682030930 goto +1
    r3 += 1
    w7 <<= w4
    r4 -= -2147483648
    if w3 s< w5 goto +1
    r3 += 1
    w9 = -w9
    r2 = r8
    w7 *= 1652747944
    if w3 < -15 goto +1
    r3 += 1
    r5 |= 1779696267
    w4 = w7
    r0 = *(u64 *)(r9 + 0)
    exit
