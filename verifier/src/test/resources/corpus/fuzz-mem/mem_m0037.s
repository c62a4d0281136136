.map arr type=array key=4 value=8 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0037 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u32 *)(r10 - 12) = -1
    r8 = *(u64 *)(r7 + 0)
    r8 = *(u64 *)(r10 - 64)
    if r8 == 7 goto +1
    r9 = -8
    r7 += 4
    r0 = 1
    exit
