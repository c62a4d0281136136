.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0021 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r7 = *(u16 *)(r6 + 0)
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u16 *)(r0 + 0)
    r0 = 0
    *(u64 *)(r10 - 24) = r8
    r7 = *(u16 *)(r7 + 4)
    if r7 s> 1 goto +1
    r8 = 0
    r9 = r10
    if r7 < 0 goto +1
    r8 = 0
    *(u8 *)(r10 - 20) = w8
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r7 = *(u64 *)(r0 + 12)
    r7 = *(u64 *)(r7 + 4)
    r9 = *(u64 *)(r7 + -8)
    r9 = *(u64 *)(r10 - 8)
    r8 = *(u32 *)(r6 + 0)
    r8 = *(u16 *)(r10 - 64)
    r8 = *(u32 *)(r7 + 0)
    r7 = 3
    r7 = *(u32 *)(r10 - 40)
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u8 *)(r0 + 8)
    r0 = 0
    r0 = 0
    exit
