.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0007 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r8 &= r8
    if r7 > 0 goto +1
    r7 = 0
    r8 = *(u64 *)(r9 + 4)
    *(u8 *)(r10 + 8) = w6
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r8 = *(u16 *)(r0 + 30)
    r0 = 0
    exit
