.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0022 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r9 = *(u16 *)(r0 + 16)
    if r7 & 7 goto +1
    r9 = 8
    r8 = *(u16 *)(r10 - 24)
    r9 = *(u32 *)(r10 - 32)
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r8 = *(u32 *)(r0 + 0)
    r7 = *(u8 *)(r10 - 16)
    r9 = 3
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u64 *)(r0 + 0)
    r0 = 0
    if r7 & 16 goto +1
    r7 = -8
    if r8 > 1 goto +1
    r7 = 0
    r8 = *(u64 *)(r10 - 516)
    r7 = *(u16 *)(r10 - 16)
    r9 = *(u8 *)(r6 + 72)
    *(u64 *)(r10 + 8) = -1
    r8 = *(u32 *)(r9 + 4)
    r8 = *(s8 *)(r10 - 8)
    r9 = *(u16 *)(r6 + 2)
    r0 = 0
    exit
