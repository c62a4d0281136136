.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0036 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r7 = *(u32 *)(r6 + 60)
    *(u64 *)(r10 - 16) = r10
    *(u64 *)(r10 - 64) = r7
    if r8 == 0 goto +1
    r8 = 0
    r7 = *(u64 *)(r10 - 512)
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u64 *)(r0 + 4)
    r0 = 0
    if r9 > 16 goto +1
    r7 = -8
    *(u16 *)(r10 - 32) = w10
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u32 *)(r0 + 4)
    r0 = 0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u16 *)(r0 + 12)
    r0 = 0
    if r9 > 7 goto +1
    r7 = 0
    r7 += -8
    if r7 > 0 goto +1
    r7 = 0
    r8 = *(u64 *)(r6 + 2)
    r8 = *(u32 *)(r6 + 40)
    *(u8 *)(r10 - 32) = -1
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r8 = *(u16 *)(r0 + 0)
    *(u32 *)(r10 + 8) = 1
    r8 <<= 4
    r0 = 0
    exit
