.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0004 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u64 *)(r0 + 12)
    r0 = 0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u32 *)(r0 + 4)
    r0 = 0
    r7 += 4
    r9 = *(u16 *)(r9 + -8)
    r8 = *(u16 *)(r10 - 40)
    r7 = *(u32 *)(r8 + 4)
    r9 = *(u32 *)(r10 - 32)
    r7 += r10
    r0 = 0
    exit
