.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0024 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u8 *)(r10 - 516) = 300
    *(u64 *)(r10 + 8) = 0
    r9 = *(u32 *)(r10 - 64)
    r9 = -8
    r8 = *(u32 *)(r6 + 0)
    r8 = *(u64 *)(r6 + 4)
    r0 = 0
    exit
