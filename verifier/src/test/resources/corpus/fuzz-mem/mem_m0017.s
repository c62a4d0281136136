.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0017 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u32 *)(r0 + 8)
    r0 = 0
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u16 *)(r0 + 0)
    r0 = 0
    *(u16 *)(r10 - 516) = w7
    r8 = *(u16 *)(r6 + 12)
    r8 = *(u16 *)(r6 + 60)
    r9 = *(u64 *)(r10 - 422)
    r9 = *(u32 *)(r7 + -8)
    r7 = *(u32 *)(r6 + 8)
    r7 = *(u8 *)(r7 + 4)
    if r7 & 7 goto +1
    r8 = -8
    r9 = *(u16 *)(r8 + 4)
    if r9 > 7 goto +1
    r7 = 8
    r9 = *(u32 *)(r6 + 40)
    *(u32 *)(r10 - 24) = -1
    r7 = *(u32 *)(r6 + 12)
    if r8 & 255 goto +1
    r7 = -8
    r0 = 1
    exit
