.map arr type=array key=4 value=8 entries=4
.program lookup_key_not_pointer type=socket_filter
    r2 = 0
    r1 = arr ll
    call bpf_map_lookup_elem
    r0 = 0
    exit
