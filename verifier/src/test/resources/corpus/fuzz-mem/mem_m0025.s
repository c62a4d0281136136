.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0025 type=socket_filter
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r9 = *(u64 *)(r6 + 4)
    r8 = *(u16 *)(r7 + 0)
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u64 *)(r0 + 0)
    r0 = 0
    if r9 > 0 goto +1
    r9 = 0
    if r8 > 1 goto +1
    r9 = 8
    r9 += 3
    r9 = *(u32 *)(r6 + 4)
    r0 = 0
    exit
