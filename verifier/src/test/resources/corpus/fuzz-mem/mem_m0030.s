.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0030 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r8 += 8
    r7 = *(u32 *)(r6 + 60)
    r9 = *(u32 *)(r6 + 4)
    if r8 < 7 goto +1
    r9 = -8
    r9 = *(u8 *)(r10 - 4)
    if r9 > 1 goto +1
    r9 = 0
    r7 = *(u32 *)(r6 + 4)
    r8 = *(u64 *)(r10 - 40)
    r7 = *(u8 *)(r10 - 20)
    r9 = *(u16 *)(r10 - 24)
    r9 = *(u64 *)(r6 + 60)
    *(u16 *)(r10 - 3) = w10
    r8 = *(u32 *)(r6 + 8)
    if r9 < 0 goto +1
    r8 = 0
    r9 = *(u16 *)(r7 + 0)
    r0 = 0
    exit
