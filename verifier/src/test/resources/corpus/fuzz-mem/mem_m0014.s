.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0014 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r8 = r6
    r7 = *(u16 *)(r6 + 4)
    *(u16 *)(r10 - 64) = 1
    r9 = *(u32 *)(r10 - 28)
    r9 = *(u16 *)(r8 + -8)
    if r7 != 7 goto +1
    r7 = 8
    r7 = 4
    *(u64 *)(r10 - 8) = 7
    r7 = *(u32 *)(r6 + 16)
    r0 = 0
    exit
