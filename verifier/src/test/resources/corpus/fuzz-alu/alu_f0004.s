.program alu_f0004 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 255
    r9 = 199
    r5 = be32 r5
    r8 %= r7
    r5 ^= 188
    if w4 s> w7 goto +1
    r4 += 1
    r2 %= 1
    w5 = -15
    r2 <<= 5
    w8 %= 1263800778
    r2 ^= 1357503884
    r4 |= r8
    r4 /= r3
    w4 *= 1664369779
    if r8 s>= r7 goto +1
    r8 += 1
    r8 ^= r5
    r7 |= 2096997541
    r0 = *(u64 *)(r9 + 0)
    exit
