.map arr type=array key=4 value=8 entries=4
.program map_value_to_mem_arg type=socket_filter
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = arr ll
    call bpf_map_lookup_elem
    r1 = r0
    r2 = 8
    call bpf_trace_printk
    r0 = 0
    exit
