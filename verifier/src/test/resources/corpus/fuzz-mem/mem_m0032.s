.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0032 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r7 = *(u64 *)(r10 - 24)
    r7 -= 255
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r7 = *(u32 *)(r0 + 12)
    r8 += 8
    if r8 s> 0 goto +1
    r7 = 0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u16 *)(r0 + 4)
    r0 = 0
    r8 = *(u64 *)(r8 + 0)
    if r8 & 0 goto +1
    r7 = 0
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u32 *)(r0 + 12)
    r0 = 0
    *(u32 *)(r10 - 3) = -1
    r8 = *(u8 *)(r7 + -8)
    if r7 > 255 goto +1
    r8 = -8
    r7 = *(u16 *)(r10 - 40)
    *(u32 *)(r10 - 4) = 1
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r7 = *(u16 *)(r0 + 30)
    r0 = 0
    r0 = 0
    exit
