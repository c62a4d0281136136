.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0026 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    if r9 s> 7 goto +1
    r9 = -8
    r7 = *(u32 *)(r10 - 40)
    r8 = *(u8 *)(r6 + 40)
    *(u8 *)(r10 - 32) = w8
    *(u32 *)(r10 - 4) = 3
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    r7 = *(u16 *)(r0 + 12)
    *(u16 *)(r10 - 64) = 300
    *(u32 *)(r10 - 40) = 7
    *(u8 *)(r10 + 0) = w6
    r7 += r6
    r0 = 0
    exit
