.program alu_select_f0046 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 278897807
    r9 = 31
    if w7 < 2147483647 goto +1
    r7 += 1
    w5 &= w8
    r7 <<= 17
    w4 += 127
    r4 = 1
    r7 = -r7
    w4 &= w8
    r4 = -r4
    r5 = -r5
    r4 |= 59
    r5 >>= 26
    r8 = -1351256184
    r8 ^= 1746457468
    r2 <<= 33
    if r5 & r5 goto +1
    r5 += 1
    if w5 > w2 goto +1
    r5 += 1
    r0 = *(u64 *)(r9 + 0)
    exit
