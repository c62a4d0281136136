.program alu_f0027 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 255
    r9 = 1397149193
    r2 ^= r5
    if r5 < 31 goto +1
    r5 += 1
    w4 &= w8
    r3 /= r3
    w9 -= 8
    r3 = 51
    if w4 <= 1003625326 goto +1
    r4 += 1
    r8 s>>= r4
    if w5 s< 65535 goto +1
    r5 += 1
    r3 = (s16)r2
    r2 ^= r3
    r3 = le32 r3
    r3 s>>= 47
    r4 *= -8
    r7 = -r7
    r3 &= -1006346291
    if w4 >= w3 goto +1
    r4 += 1
    r5 <<= 31
    r0 = *(u64 *)(r9 + 0)
    exit
