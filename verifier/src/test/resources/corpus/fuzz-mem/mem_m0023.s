.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0023 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r7 += 255
    *(u64 *)(r10 - 40) = r6
    r7 += 3
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u32 *)(r0 + 30)
    r0 = 0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r7 = *(u64 *)(r0 + 16)
    r8 = *(u16 *)(r6 + 8)
    r8 = *(u32 *)(r7 + 4)
    *(u16 *)(r10 - 64) = w7
    r7 = *(u32 *)(r9 + 0)
    r8 = *(u8 *)(r10 - 16)
    r7 = r8
    *(u8 *)(r10 - 20) = w8
    *(u32 *)(r10 - 64) = w8
    r8 <<= 3
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u64 *)(r0 + 30)
    r0 = 0
    r9 = *(u32 *)(r10 - 422)
    *(u16 *)(r10 - 64) = 0
    r0 = 0
    exit
