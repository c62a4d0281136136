.program alu_f0005 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 171
    r9 = 63
    r9 -= 11
    r7 >>= 50
    r2 >>= 5
    r7 -= r5
    w7 = w7
    r7 -= r4
    r9 -= r7
    w4 *= -347814858
    r0 = *(u64 *)(r9 + 0)
    exit
