.program alu_f0036 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 175
    r9 = 31
    w4 /= 1284585354
    if r8 s< 197 goto +1
    r8 += 1
    if r3 s<= r8 goto +1
    r3 += 1
    if w4 >= 255 goto +1
    r4 += 1
    r8 = -r8
    r8 s>>= 19
    r7 = (s8)r7
    r3 -= 2047085269
    w3 <<= 11
    if r4 < r7 goto +1
    r4 += 1
    w8 /= w9
    r7 = r2
    r3 /= 2147483647
    r4 = 352859507
    r2 = (s32)r7
    r9 &= 1032864979
    r5 s>>= 28
    r5 /= 293
    r3 *= 691579218
    r0 = *(u64 *)(r9 + 0)
    exit
