.program alu_f0016 type=sched_cls
    r6 = r1
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    call bpf_get_prandom_u32
    r7 = r0
    call bpf_get_prandom_u32
    r8 = r0
    r4 = *(u16 *)(r6 + 16)
    r5 = 1
    r9 = -1698088395
    r7 = 2147483647
    r3 = (s8)r4
    w9 /= 69
    r5 %= -450663705
    w9 >>= w9
    r5 -= 1369060479
    w8 += 8
    w7 s>>= 21
    r4 = -r4
    w9 -= w7
    w7 += -366652969
    r7 <<= 3
    r5 <<= r3
    r9 &= r3
    r2 s>>= 2
    r7 /= 290
    r4 -= r7
    r0 = *(u64 *)(r9 + 0)
    exit
