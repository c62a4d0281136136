.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0003 type=socket_filter
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u16 *)(r0 + 0)
    r0 = 0
    r8 = *(u16 *)(r6 + 4)
    r9 = *(u64 *)(r7 + 4)
    if r9 != 7 goto +1
    r8 = -8
    r7 = *(u32 *)(r10 + 8)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r9 = *(u8 *)(r0 + 0)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u32 *)(r0 + 16)
    r0 = 0
    r7 = *(u32 *)(r10 + 8)
    if r8 > 255 goto +1
    r8 = 0
    r8 = *(u64 *)(r7 + -8)
    if r7 > 255 goto +1
    r7 = -8
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r9 = *(u8 *)(r0 + 8)
    if r9 > 0 goto +1
    r7 = 8
    if r7 s> 1 goto +1
    r9 = -8
    r7 = *(s16 *)(r10 - 64)
    r0 = 0
    exit
