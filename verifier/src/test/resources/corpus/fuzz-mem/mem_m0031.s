.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0031 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u64 *)(r0 + 16)
    r0 = 0
    r9 = *(u8 *)(r10 - 24)
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u32 *)(r0 + 12)
    r0 = 0
    r7 = *(u32 *)(r6 + 0)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r8 = *(u64 *)(r0 + 0)
    if r8 s> 7 goto +1
    r7 = 8
    r8 = *(u64 *)(r10 + 8)
    r7 = *(u32 *)(r6 + 36)
    if r9 == 16 goto +1
    r9 = -8
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r9 = *(u8 *)(r0 + 8)
    r8 += r9
    *(u32 *)(r10 - 60) = 0
    if r7 s> 16 goto +1
    r9 = -8
    *(u8 *)(r10 - 40) = w0
    r7 = *(u8 *)(r10 - 516)
    if r8 != 1 goto +1
    r9 = -8
    r0 = 0
    exit
