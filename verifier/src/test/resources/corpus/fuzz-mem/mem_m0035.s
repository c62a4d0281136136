.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0035 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r8 = *(u8 *)(r10 - 12)
    r9 -= r8
    r8 = *(u8 *)(r6 + 16)
    if r8 != 255 goto +1
    r8 = -8
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u64 *)(r0 + 30)
    r0 = 0
    if r9 < 1 goto +1
    r7 = -8
    r8 = *(u8 *)(r8 + 4)
    r0 = 1
    exit
