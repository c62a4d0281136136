.program alu_f0017 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 106
    r9 = 192
    r5 = -r5
    r3 |= 217
    w8 /= 113
    if w9 == w3 goto +1
    r9 += 1
    w3 = 79
    r7 = (s32)r8
    r2 &= r3
    r0 = *(u64 *)(r9 + 0)
    exit
