.map arr type=array key=4 value=8 entries=4
.program array_var_key_needs_check type=socket_filter
    call bpf_get_prandom_u32
    *(u32 *)(r10 - 4) = r0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r0 = *(u64 *)(r0 + 0)
    exit
