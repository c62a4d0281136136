.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0009 type=socket_filter
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r8 = *(u16 *)(r0 + 30)
    r8 = *(u8 *)(r9 + 0)
    r9 <<= r6
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r8 = *(u8 *)(r0 + 16)
    *(u8 *)(r10 - 24) = w9
    r7 = *(u32 *)(r10 - 20)
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u16 *)(r0 + 16)
    r0 = 0
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u64 *)(r0 + 0)
    r0 = 0
    r7 = *(u8 *)(r7 + 0)
    r7 = *(u16 *)(r10 - 16)
    r9 = *(u16 *)(r10 - 32)
    r7 = *(u32 *)(r7 + 0)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u8 *)(r0 + 12)
    r0 = 0
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r9 = *(u16 *)(r0 + 0)
    r9 += r9
    *(u32 *)(r10 - 16) = 1
    r9 = 8
    r0 = 0
    exit
