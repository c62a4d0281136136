.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0006 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u8 *)(r10 - 36) = w6
    r7 = *(u32 *)(r6 + 12)
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u32 *)(r0 + 4)
    r0 = 0
    if r8 > 1 goto +1
    r8 = 8
    r7 = *(u16 *)(r9 + 0)
    r9 += r9
    if r7 == 255 goto +1
    r9 = -8
    *(u8 *)(r10 - 32) = w7
    *(u64 *)(r10 - 32) = 1
    r9 = *(u64 *)(r6 + 36)
    if r7 > 255 goto +1
    r7 = 8
    *(u64 *)(r10 - 64) = r10
    if r9 s> 255 goto +1
    r8 = -8
    *(u8 *)(r10 - 16) = w6
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u16 *)(r0 + 12)
    r0 = 0
    *(u8 *)(r10 - 40) = 300
    r9 = *(u8 *)(r6 + 4)
    r0 = 0
    exit
