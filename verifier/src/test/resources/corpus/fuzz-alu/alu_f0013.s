.program alu_f0013 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 1
    r9 = -537138092
    r2 -= r5
    r9 %= 67683211
    r2 &= -1626104822
    r8 <<= 41
    r8 &= 1521605024
    r7 ^= r9
    r4 %= r3
    r8 = le32 r8
    r9 ^= r5
    r0 = *(u64 *)(r9 + 0)
    exit
