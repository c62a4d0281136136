.map arr type=array key=4 value=16 entries=4
.map h type=hash key=4 value=8 entries=8
.program mem_m0020 type=socket_filter
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = 0
    *(u32 *)(r10 - 512) = w10
    r8 <<= 255
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = h ll
    call bpf_map_lookup_elem
    if r0 == 0 goto +2
    r8 = *(u16 *)(r0 + 0)
    r0 = 0
    r7 = *(u8 *)(r10 - 293)
    *(u16 *)(r10 - 40) = 1
    r9 = *(u8 *)(r7 + -8)
    *(u16 *)(r10 - 516) = w7
    r0 = 0
    exit
