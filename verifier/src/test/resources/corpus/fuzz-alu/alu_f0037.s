.program alu_f0037 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 203
    r9 = -1
    r8 = (s16)r7
    if r8 > r9 goto +1
    r8 += 1
    r4 s>>= r5
    w4 *= -7
    r5 = r7
    w9 <<= 1
    r8 += -873324382
    w3 ^= 132
    r5 /= 17
    r7 >>= r3
    r5 &= r2
    r7 = le32 r7
    r9 <<= 5
    r9 /= 8
    if r5 >= 149 goto +1
    r5 += 1
    r8 ^= -222072751
    r5 = r2
    r3 = -r3
    w3 = 86
    if r8 >= r4 goto +1
    r8 += 1
    w4 *= 8
    r9 = bswap16 r9
    if r2 > r7 goto +1
    r2 += 1
    r4 ^= r4
    if w9 != 253 goto +1
    r9 += 1
    r0 = *(u64 *)(r9 + 0)
    exit
