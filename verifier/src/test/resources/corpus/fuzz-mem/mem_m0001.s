.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0001 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r7 += r7
    r8 = *(u8 *)(r8 + 0)
    if r8 & 1 goto +1
    r9 = -8
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r8 = *(u32 *)(r0 + 30)
    r8 = *(u16 *)(r6 + 4)
    *(u16 *)(r10 - 16) = w7
    r9 = *(u32 *)(r10 - 64)
    if r9 & 255 goto +1
    r7 = 0
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u32 *)(r0 + 4)
    r0 = 0
    r8 = *(u64 *)(r7 + 0)
    r8 = *(u32 *)(r10 - 450)
    r9 = *(u16 *)(r10 - 516)
    r0 = 0
    exit
