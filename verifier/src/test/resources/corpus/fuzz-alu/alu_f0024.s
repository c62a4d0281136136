.program alu_f0024 type=socket_filter
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 78
    r9 = -304715530
    w4 -= 175124594
    w8 %= -453876229
    r5 /= 638531513
    r7 = -215128021
    r7 -= -467874399
    r0 = *(u64 *)(r9 + 0)
    exit
