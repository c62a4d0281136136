.program alu_f0018 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 63
    r9 = 172
    r9 = r3
    if r7 s> 259 goto +1
    r7 += 1
    w5 -= -1
    r8 ^= 274
    if r5 < 1765921681 goto +1
    r5 += 1
    w3 ^= w4
    r9 >>= 13
    if r2 s> 142 goto +1
    r2 += 1
    r3 += 286
    r0 = *(u64 *)(r9 + 0)
    exit
