.program mem_size_negative type=socket_filter
    call bpf_get_prandom_u32
    r2 = r0
    if r2 s> 8 goto +3
    r1 = r10
    r1 += -8
    call bpf_trace_printk
    r0 = 0
    exit
