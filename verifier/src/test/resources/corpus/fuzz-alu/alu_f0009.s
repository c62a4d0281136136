.program alu_f0009 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 255
    r9 = 712034059
    r8 += r4
    r5 -= r5
    w4 -= w2
    w7 %= w5
    if r3 >= r8 goto +1
    r3 += 1
    w2 s>>= 6
    w4 |= 103
    w2 /= w3
    w5 &= 18907628
    r2 s>>= 18
    r9 ^= r9
    w4 /= 231
    if r2 != 93 goto +1
    r2 += 1
    r5 *= 8
    w8 = -w8
    r0 = *(u64 *)(r9 + 0)
    exit
