.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0016 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r7 = *(u16 *)(r6 + 4)
    *(u64 *)(r10 - 64) = 7
    *(u64 *)(r10 - 40) = r10
    if r9 s> 255 goto +1
    r8 = 0
    r8 = *(u16 *)(r6 + 16)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u32 *)(r0 + 0)
    r0 = 0
    r0 = 0
    exit
