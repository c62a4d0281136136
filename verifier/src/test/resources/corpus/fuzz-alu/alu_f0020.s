.program alu_f0020 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -2
    r9 = 1144565105
    r4 += r3
    r2 = 65535
    w3 = -1915699248
    if w4 > 899512042 goto +1
    r4 += 1
    if r4 == 230 goto +1
    r4 += 1
    r8 = -r8
    w5 ^= 32
    r9 s>>= 55
    w7 &= w5
    w5 <<= 2
    if w3 != 1940854077 goto +1
    r3 += 1
    if w8 s>= 182 goto +1
    r8 += 1
    r9 %= 294
    r0 = *(u64 *)(r9 + 0)
    exit
