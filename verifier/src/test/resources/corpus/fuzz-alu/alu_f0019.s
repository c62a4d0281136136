.program alu_f0019 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 409952939
    r9 = -329066142
    r3 <<= 55
    r3 <<= r9
    if r8 s>= 82 goto +1
    r8 += 1
    r4 ^= r3
    w8 s>>= w2
    r2 |= 102
    r8 = be32 r8
    r3 = -r3
    if r9 & r8 goto +1
    r9 += 1
    r4 = (s16)r2
    r9 = -1402328738
    w8 |= w9
    if w4 s<= w4 goto +1
    r4 += 1
    r7 >>= 41
    r4 /= r4
    if r8 == -1162388875 goto +1
    r8 += 1
    r5 = le16 r5
    r9 >>= r5
    r0 = *(u64 *)(r9 + 0)
    exit
