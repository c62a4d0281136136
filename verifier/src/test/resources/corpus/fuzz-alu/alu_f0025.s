.program alu_f0025 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -105276478
    r9 = -1311146979
    r2 -= 31
    r9 >>= r3
    w8 += w7
    r2 >>= r3
    r4 |= 2147483647
    r3 /= -1395915530
    if r7 > 74 goto +1
    r7 += 1
    r8 = bswap16 r8
    r4 += 277
    r5 <<= 21
    r2 &= r9
    w2 |= -1004019758
    r0 = *(u64 *)(r9 + 0)
    exit
