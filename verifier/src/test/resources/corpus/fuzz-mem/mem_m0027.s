.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0027 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r7 -= 3
    r8 = *(u8 *)(r9 + 0)
    r9 &= r10
    r7 = *(u8 *)(r6 + 8)
    r0 = 0
    exit
