.program alu_f0023 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 7
    r9 = 218005040
    if w9 s>= 163 goto +1
    r9 += 1
    r4 <<= 4
    r7 = bswap32 r7
    r9 /= r9
    r4 = le16 r4
    w3 %= 93
    r8 >>= 39
    if r9 >= 154 goto +1
    r9 += 1
    r3 |= r5
    r8 = 39
    r4 += r3
    r2 s>>= 17
    r0 = *(u64 *)(r9 + 0)
    exit
