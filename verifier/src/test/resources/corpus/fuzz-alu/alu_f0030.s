.program alu_f0030 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 1429390704
    r9 = 111
    r5 = 1608464363
    r4 -= 2147483647
    r5 |= r8
    if r2 s< 1 goto +1
    r2 += 1
    r3 %= -1204119854
    if r8 s< 30 goto +1
    r8 += 1
    r2 ^= r8
    r2 = 17
    w3 = 0
    r2 -= r8
    r7 >>= r8
    r9 = -r9
    r0 = *(u64 *)(r9 + 0)
    exit
