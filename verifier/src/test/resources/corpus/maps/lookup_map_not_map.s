.map arr type=array key=4 value=8 entries=4
.program lookup_map_not_map type=socket_filter
    r2 = r10
    r2 += -4
    r1 = 0
    call bpf_map_lookup_elem
    r0 = 0
    exit
