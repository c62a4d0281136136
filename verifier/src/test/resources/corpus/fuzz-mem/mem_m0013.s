.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0013 type=socket_filter
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u8 *)(r10 - 36) = w8
    *(u64 *)(r10 - 32) = 7
    if r7 & 0 goto +1
    r8 = 0
    *(u64 *)(r10 - 200) = r6
    r9 = *(u64 *)(r10 - 512)
    r9 = *(u64 *)(r10 - 32)
    *(u8 *)(r10 - 24) = 300
    r9 = *(u64 *)(r9 + 4)
    r9 = *(u64 *)(r8 + -8)
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r7 = *(u64 *)(r0 + 16)
    if r8 < 1 goto +1
    r8 = 8
    if r9 s> 0 goto +1
    r8 = 0
    if r9 != 16 goto +1
    r9 = 8
    r7 = *(u8 *)(r8 + -8)
    r7 = *(u32 *)(r7 + 0)
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r8 = *(u8 *)(r0 + 16)
    r8 -= 3
    r9 = *(u32 *)(r8 + 0)
    r9 = *(u32 *)(r9 + 0)
    *(u64 *)(r10 - 40) = r6
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u16 *)(r0 + 8)
    r0 = 0
    r0 = 0
    exit
