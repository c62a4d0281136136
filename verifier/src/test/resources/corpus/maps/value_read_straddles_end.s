.map arr type=array key=4 value=8 entries=4
.program value_read_straddles_end type=socket_filter
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r0 = *(u32 *)(r0 + 6)
    exit
