.program alu_f0031 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 357431224
    r9 = 8
    r2 = le32 r2
    r3 &= 255
    if w7 s<= 88 goto +1
    r7 += 1
    r5 = 105
    w9 += 7
    if w9 s>= w5 goto +1
    r9 += 1
    r7 |= r8
    if w5 == w5 goto +1
    r5 += 1
    w3 -= w4
    if w4 s> w8 goto +1
    r4 += 1
    w8 ^= w2
    w5 -= -1068088988
    w3 /= w3
    r4 s>>= 60
    r0 = *(u64 *)(r9 + 0)
    exit
