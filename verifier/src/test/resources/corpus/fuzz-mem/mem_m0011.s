.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0011 type=socket_filter
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r9 = *(u32 *)(r8 + -8)
    if r9 s> 255 goto +1
    r8 = 8
    r9 = *(u64 *)(r10 - 516)
    *(u16 *)(r10 - 64) = w7
    r7 = -16
    if r9 > 0 goto +1
    r7 = -8
    r8 = *(u16 *)(r9 + 4)
    if r9 > 1 goto +1
    r7 = -8
    if r8 < 16 goto +1
    r9 = 0
    *(u32 *)(r10 - 185) = 0
    if r9 & 0 goto +1
    r9 = -8
    *(u64 *)(r10 - 40) = r10
    r9 = *(u32 *)(r10 - 64)
    *(u64 *)(r10 - 24) = 1
    *(u8 *)(r10 - 32) = w10
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u8 *)(r0 + 12)
    r0 = 0
    r9 = *(u32 *)(r10 - 36)
    r8 = *(u64 *)(r10 - 8)
    *(u16 *)(r10 - 24) = w7
    r0 = 0
    exit
