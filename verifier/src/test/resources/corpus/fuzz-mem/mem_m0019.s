.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0019 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u16 *)(r10 + 8) = 1
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u64 *)(r0 + 4)
    r0 = 0
    *(u16 *)(r10 - 516) = w9
    r9 = *(u16 *)(r10 - 32)
    if r8 s> 16 goto +1
    r8 = 8
    if r8 & 0 goto +1
    r7 = 0
    *(u16 *)(r10 - 12) = 0
    r9 = *(u64 *)(r7 + -8)
    r7 = *(u16 *)(r9 + 0)
    r9 = *(u64 *)(r8 + 4)
    r7 = *(u64 *)(r6 + 60)
    r8 = *(u16 *)(r10 + 8)
    if r9 & 7 goto +1
    r8 = 8
    *(u64 *)(r10 - 441) = 300
    r8 <<= 4
    r9 = *(u32 *)(r6 + 0)
    r0 = 1
    exit
