.program alu_f0028 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -2036833716
    r9 = -2
    r3 -= 285
    r9 = (s32)r3
    w9 = w9
    r2 s>>= 21
    r9 = -r9
    r3 >>= 23
    r3 += 7
    w8 &= w7
    r3 ^= 121
    r5 <<= 48
    r8 -= r9
    w2 %= 162
    w8 ^= w2
    w3 |= w4
    r2 = 62
    r5 %= 95
    r3 ^= 87
    r4 >>= r8
    if w4 < w9 goto +1
    r4 += 1
    r8 %= -1
    r0 = *(u64 *)(r9 + 0)
    exit
