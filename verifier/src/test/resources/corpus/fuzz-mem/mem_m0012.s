.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0012 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    if r8 == 255 goto +1
    r9 = 0
    r9 = *(u64 *)(r6 + 36)
    r7 &= 8
    r8 += -16
    r9 = *(u64 *)(r6 + 76)
    *(u8 *)(r10 + 0) = w0
    *(u8 *)(r10 - 16) = w7
    *(u8 *)(r10 - 32) = 1
    if r9 > 7 goto +1
    r8 = 0
    *(u16 *)(r10 - 3) = 7
    if r9 & 0 goto +1
    r7 = 0
    r8 = *(u32 *)(r10 - 32)
    r9 += r9
    if r8 s> 255 goto +1
    r7 = -8
    r8 = *(u8 *)(r10 + 8)
    r8 = *(u64 *)(r10 - 64)
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u64 *)(r0 + 12)
    r0 = 0
    *(u16 *)(r10 - 512) = w6
    r7 = *(u32 *)(r6 + 36)
    *(u32 *)(r10 - 60) = w6
    if r7 > 1 goto +1
    r8 = 0
    r0 = 0
    exit
