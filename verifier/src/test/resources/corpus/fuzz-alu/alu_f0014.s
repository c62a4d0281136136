.program alu_f0014 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -389733097
    r9 = -776190389
    r8 ^= 231
    w3 <<= 22
    r4 <<= 15
    r7 = bswap16 r7
    if r8 s> r3 goto +1
    r8 += 1
    r4 <<= 45
    r9 |= 69
    w8 -= w7
    r4 |= -62030055
    r0 = *(u64 *)(r9 + 0)
    exit
