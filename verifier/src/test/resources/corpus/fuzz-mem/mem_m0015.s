.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0015 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r8 = *(u64 *)(r9 + -8)
    *(u64 *)(r10 - 24) = 0
    r9 = *(u32 *)(r10 - 40)
    r8 = *(u32 *)(r10 + 0)
    if r9 < 255 goto +1
    r9 = 0
    r8 = *(u8 *)(r9 + 4)
    r0 = 0
    exit
