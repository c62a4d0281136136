.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0029 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    if r7 & 16 goto +1
    r7 = 8
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u16 *)(r0 + 16)
    r0 = 0
    r9 = *(u16 *)(r9 + -8)
    *(u64 *)(r10 - 24) = 7
    r8 = *(u16 *)(r10 - 36)
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u32 *)(r0 + 30)
    r0 = 0
    r7 = *(u32 *)(r6 + 0)
    *(u64 *)(r10 - 24) = 1
    r9 &= r10
    if r9 > 7 goto +1
    r9 = 8
    r9 = *(u8 *)(r8 + -8)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r8 = *(u16 *)(r0 + 30)
    *(u64 *)(r10 - 8) = r6
    r8 = *(u8 *)(r8 + 4)
    r8 = *(u32 *)(r10 - 3)
    if r9 != 0 goto +1
    r9 = -8
    *(u16 *)(r10 - 512) = w9
    if r8 < 0 goto +1
    r9 = -8
    if r9 == 7 goto +1
    r9 = -8
    r8 = *(u64 *)(r9 + 4)
    if r7 > 7 goto +1
    r9 = 8
    r0 = 0
    exit
