.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0008 type=sched_cls
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
    r9 = *(u32 *)(r0 + 30)
    r0 = 0
    *(u16 *)(r10 - 8) = 7
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r8 = *(u32 *)(r0 + 8)
    r7 = *(u16 *)(r10 - 16)
    *(u16 *)(r10 - 36) = 7
    r7 = *(u8 *)(r10 - 64)
    r8 = 8
    *(u64 *)(r10 - 512) = r6
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u8 *)(r0 + 4)
    r0 = 0
    r7 = *(u16 *)(r7 + -8)
    r7 = *(u32 *)(r10 - 505)
    if r9 != 1 goto +1
    r7 = 8
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u64 *)(r0 + 12)
    r0 = 0
    r7 = r9
    r0 = 0
    exit
