.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0033 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r8 = *(u8 *)(r6 + 80)
    r9 = *(u32 *)(r6 + 4)
    r9 = *(u32 *)(r10 - 8)
    *(u32 *)(r10 - 16) = 300
    r9 = *(s32 *)(r10 - 4)
    if r8 != 16 goto +1
    r7 = -8
    r9 = *(u16 *)(r7 + 0)
    if r8 != 255 goto +1
    r7 = 8
    r0 = 0
    exit
