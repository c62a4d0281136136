.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0018 type=socket_filter
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    if r8 > 1 goto +1
    r9 = 8
    *(u8 *)(r10 - 8) = -1
    *(u64 *)(r10 + 8) = r7
    r7 = *(u16 *)(r6 + 0)
    r8 = *(u32 *)(r10 - 32)
    *(u64 *)(r10 - 24) = 7
    r8 = *(u16 *)(r10 - 16)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u8 *)(r0 + 16)
    r0 = 0
    r0 = 0
    exit
