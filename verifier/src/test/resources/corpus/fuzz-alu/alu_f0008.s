.program alu_f0008 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 1178928385
    r9 = 207
    w8 >>= 19
    w4 = -1762218494
    w8 *= w7
    w5 -= w2
    r3 s>>= 45
    if r2 s> 63 goto +1
    r2 += 1
    if w5 == w3 goto +1
    r5 += 1
    w8 /= w9
    if r2 s>= 138 goto +1
    r2 += 1
    w3 = -w3
    r3 &= 299
    if r2 s> 262 goto +1
    r2 += 1
    r9 = be16 r9
    w5 = -w5
    r5 = 5
    if w3 < w2 goto +1
    r3 += 1
    r7 <<= 52
    r8 = bswap16 r8
    if r8 <= 243 goto +1
    r8 += 1
    r3 = -r3
    if r2 >= 239 goto +1
    r2 += 1
    if w4 < 214 goto +1
    r4 += 1
    r2 += 847484604
    r5 = (s16)r4
    r0 = *(u64 *)(r9 + 0)
    exit
