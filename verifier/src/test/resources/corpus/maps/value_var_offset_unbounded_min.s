.map arr type=array key=4 value=8 entries=4
.program value_var_offset_unbounded_min type=socket_filter
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r1 = *(u64 *)(r0 + 0)
    r0 += r1
    r0 = 0
    exit
