.program alu_f0003 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -1977137024
    r9 = 188
    r9 /= -215289312
    w2 = -w2
    if r9 >= -2147483648 goto +1
    r9 += 1
    r7 = be32 r7
    if r3 == r5 goto +1
    r3 += 1
    r2 %= 102
    r9 = (s16)r4
    r7 = 1192393582
    r0 = *(u64 *)(r9 + 0)
    exit
