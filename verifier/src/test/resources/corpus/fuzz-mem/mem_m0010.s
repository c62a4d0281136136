.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0010 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r9 = *(u64 *)(r10 - 40)
    if r8 < 16 goto +1
    r7 = 8
    r8 += r7
    if r9 != 7 goto +1
    r8 = 0
    r7 = *(u32 *)(r7 + 0)
    r8 -= r8
    r9 = *(u16 *)(r8 + 4)
    if r8 s> 7 goto +1
    r8 = -8
    if r7 & 255 goto +1
    r7 = 0
    *(u32 *)(r10 - 3) = 7
    r8 = *(u16 *)(r7 + 4)
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u64 *)(r0 + 12)
    r0 = 0
    r0 = 0
    exit
