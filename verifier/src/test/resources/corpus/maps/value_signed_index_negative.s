.map arr type=array key=4 value=8 entries=4
.program value_signed_index_negative type=socket_filter
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r1 = *(u64 *)(r0 + 0)
    if r1 s> 3 goto +3
    r0 += r1
    r0 = *(u8 *)(r0 + 0)
    exit
    r0 = 0
    exit
