.program alu_f0010 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = -584327395
    r9 = -1
    r9 |= 1172470076
    r3 += r4
    w3 &= -1922740944
    r8 ^= 1063590149
    r0 = *(u64 *)(r9 + 0)
    exit
