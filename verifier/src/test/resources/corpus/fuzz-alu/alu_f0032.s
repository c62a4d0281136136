.program alu_f0032 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 22
    r9 = 7
    if r4 s< r8 goto +1
    r4 += 1
    r4 *= -1884195297
    r8 &= -1634431550
    w8 %= w4
    w4 s>>= 12
    r0 = *(u64 *)(r9 + 0)
    exit
