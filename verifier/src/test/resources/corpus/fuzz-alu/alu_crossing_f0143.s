.program alu_crossing_f0143 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 278
    r9 = -1450208464
    r7 = 222
    w5 = -w5
    r7 = -r7
    r3 = (s32)r5
    w4 = -w4
    r9 %= r3
    w7 = -w7
    if r8 >= r4 goto +1
    r8 += 1
    r5 *= 30
    w9 -= 7
    w4 &= 156
    w4 >>= 10
    r4 = r7
    w5 = -w5
    w2 ^= 88
    r5 = 116
    r2 <<= r7
    if w9 < -1425938086 goto +1
    r9 += 1
    r5 %= 2147483647
    r0 = *(u64 *)(r9 + 0)
    exit
