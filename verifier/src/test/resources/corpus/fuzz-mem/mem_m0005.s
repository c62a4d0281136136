.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0005 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u64 *)(r0 + 0)
    r0 = 0
    r7 = *(u16 *)(r10 - 60)
    r9 <<= 3
    r7 = *(u32 *)(r9 + 0)
    r9 = *(u32 *)(r8 + 4)
    r8 = *(u64 *)(r10 - 16)
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r8 = *(u8 *)(r0 + 12)
    r8 <<= r7
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u8 *)(r0 + 0)
    r0 = 0
    *(u64 *)(r10 - 16) = 1
    *(u16 *)(r10 + 8) = w8
    r8 = *(u8 *)(r10 + 8)
    *(u16 *)(r10 - 64) = w8
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u16 *)(r0 + 12)
    r0 = 0
    r8 = *(u32 *)(r7 + 0)
    r9 = *(u32 *)(r10 - 77)
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u8 *)(r0 + 12)
    r0 = 0
    r0 = 0
    exit
