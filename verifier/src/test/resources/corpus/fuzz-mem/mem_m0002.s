.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0002 type=socket_filter
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r9 = r8
    r9 = *(u8 *)(r7 + -8)
    r7 += r7
    r7 = *(u8 *)(r10 - 60)
    r7 = *(u16 *)(r10 - 40)
    r7 <<= r6
    *(u16 *)(r10 - 16) = 300
    r9 = *(u16 *)(r8 + 4)
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u64 *)(r0 + 16)
    r0 = 0
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u8 *)(r0 + 0)
    r0 = 0
    r8 = *(u8 *)(r10 - 512)
    if r8 & 255 goto +1
    r8 = 0
    if r9 & 7 goto +1
    r9 = 0
    r7 = *(u64 *)(r10 - 516)
    *(u16 *)(r10 - 32) = w6
    if r7 == 0 goto +1
    r7 = 8
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u32 *)(r0 + 12)
    r0 = 0
    r8 = r7
    r0 = 0
    exit
