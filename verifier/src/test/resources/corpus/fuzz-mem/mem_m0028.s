.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0028 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r8 += -8
    *(u32 *)(r10 - 12) = w6
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u32 *)(r0 + 16)
    r0 = 0
    if r7 == 0 goto +1
    r8 = 0
    r9 = *(u32 *)(r7 + 4)
    r7 -= -16
    if r9 == 16 goto +1
    r8 = -8
    *(u16 *)(r10 - 4) = 0
    *(u64 *)(r10 + 0) = 7
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u8 *)(r0 + 4)
    r0 = 0
    r9 = *(u8 *)(r10 - 16)
    r7 = *(u32 *)(r8 + -8)
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u64 *)(r0 + 12)
    r0 = 0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r8 = *(u16 *)(r0 + 30)
    r8 = *(u16 *)(r9 + 4)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u32 *)(r0 + 4)
    r0 = 0
    *(u16 *)(r10 - 24) = 0
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u8 *)(r0 + 8)
    r0 = 0
    r0 = 1
    exit
