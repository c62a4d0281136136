.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0000 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u16 *)(r10 - 20) = w7
    r7 = *(u64 *)(r10 - 16)
    if r8 < 16 goto +1
    r8 = 0
    r8 -= -8
    r9 = *(u8 *)(r10 - 40)
    r8 = *(u64 *)(r10 - 8)
    r8 = *(u32 *)(r6 + 60)
    *(u8 *)(r10 - 24) = 1
    r8 = *(u16 *)(r8 + 0)
    if r8 & 7 goto +1
    r9 = -8
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r7 = *(u8 *)(r0 + 0)
    *(u32 *)(r10 - 60) = w6
    r9 = r6
    *(u16 *)(r10 + 8) = w0
    r7 = *(u32 *)(r6 + 8)
    r7 = *(u64 *)(r8 + 0)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u32 *)(r0 + 0)
    r0 = 0
    r7 = *(u16 *)(r10 - 12)
    r0 = 0
    exit
