.map arr type=array key=4 value=16 entries=1
.program value_size_16_offset_8 type=socket_filter
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r0 = *(u64 *)(r0 + 8)
    exit
