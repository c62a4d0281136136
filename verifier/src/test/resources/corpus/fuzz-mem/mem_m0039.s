.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0039 type=socket_filter
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u64 *)(r10 - 64) = r7
    r7 = *(s16 *)(r10 - 16)
    *(u64 *)(r10 - 297) = 1
    r9 = *(u8 *)(r6 + 60)
    r8 = *(u8 *)(r6 + 16)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u16 *)(r0 + 4)
    r0 = 0
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r9 = *(u64 *)(r0 + 0)
    if r7 > 7 goto +1
    r9 = 0
    r9 = *(u32 *)(r7 + -8)
    *(u32 *)(r10 - 24) = w10
    r7 = *(u16 *)(r10 - 32)
    r8 = *(u64 *)(r6 + 36)
    *(u32 *)(r10 - 516) = 0
    if r7 > 1 goto +1
    r8 = -8
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r9 = *(u8 *)(r0 + 0)
    *(u64 *)(r10 - 40) = r10
    *(u16 *)(r10 - 8) = w9
    r9 = *(u64 *)(r10 - 32)
    r0 = 0
    exit
