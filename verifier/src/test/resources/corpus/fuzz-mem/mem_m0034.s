.map arr type=array key=4 value=32 entries=4
.map h type=hash key=4 value=16 entries=8
.program mem_m0034 type=sk_lookup
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    r9 += 4
    if r8 == 255 goto +1
    r7 = 8
    r7 = *(u16 *)(r10 - 32)
    r8 = *(u8 *)(r10 + 8)
    r0 = 1
    exit
