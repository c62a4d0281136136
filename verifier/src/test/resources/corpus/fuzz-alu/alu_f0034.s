.program alu_f0034 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -2063060512
    r9 = -349100488
    r9 &= 248
    r8 &= -2118994090
    r3 |= r2
    r9 s>>= r7
    if r9 & -1586629852 goto +1
    r9 += 1
    if r7 <= r5 goto +1
    r7 += 1
    r2 += r5
    r9 += 7
    w7 >>= w2
    r0 = *(u64 *)(r9 + 0)
    exit
