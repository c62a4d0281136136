.program alu_f0011 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 631965837
    r9 = 7
    r8 %= 55
    r4 = -r4
    r2 <<= 19
    r7 += r8
    r3 >>= r3
    r2 /= 124
    w4 ^= 296
    w3 *= w9
    r3 &= r4
    r9 = (s32)r7
    r8 = 143
    r0 = *(u64 *)(r9 + 0)
    exit
