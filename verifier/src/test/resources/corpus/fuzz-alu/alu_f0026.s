.program alu_f0026 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 227
    r9 = 276
    r8 = le16 r8
    r3 = be16 r3
    r8 |= -424376053
    r4 %= r2
    w8 = -w8
    r9 ^= 255
    r8 *= r7
    r2 *= -1503361054
    r4 *= 2147483647
    if w3 s< -1707362216 goto +1
    r3 += 1
    if r8 <= 7 goto +1
    r8 += 1
    r4 <<= r5
    w4 -= 14
    r4 = -r4
    r4 /= 79
    r8 *= r9
    w5 ^= 139
    r0 = *(u64 *)(r9 + 0)
    exit
