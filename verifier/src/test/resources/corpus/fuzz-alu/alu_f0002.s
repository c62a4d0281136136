.program alu_f0002 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 58
    r9 = -2079053266
    r3 /= r7
    r5 = -r5
    w5 *= w3
    if w3 < -464229395 goto +1
    r3 += 1
    if w4 s< w8 goto +1
    r4 += 1
    w5 *= -1
    if r9 == 115 goto +1
    r9 += 1
    r5 = -r5
    r2 |= 63
    r8 ^= r3
    w8 <<= 6
    w7 = -w7
    w2 |= 151
    r5 >>= r4
    r8 = 99
    r5 = -r5
    r4 %= 1848063368
    w7 s>>= 5
    r2 /= r2
    r0 = *(u64 *)(r9 + 0)
    exit
