.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0038 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u64 *)(r10 - 470) = 7
    r7 = *(u32 *)(r9 + -8)
    r7 <<= r9
    r7 = *(u32 *)(r9 + 4)
    r7 = *(u64 *)(r6 + 76)
    *(u32 *)(r10 - 4) = 5
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r9 = *(u32 *)(r0 + 30)
    r0 = 0
    if r8 & 7 goto +1
    r7 = 0
    *(u64 *)(r10 - 266) = 0
    *(u64 *)(r10 + 0) = 0
    r7 = *(u8 *)(r9 + -8)
    r9 -= 3
    r0 = 0
    exit
