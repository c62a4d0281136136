.program mem_size_unbounded type=socket_filter
    r6 = r1
    call bpf_get_prandom_u32
    r2 = r0
    r1 = r10
    r1 += -64
    call bpf_trace_printk
    r0 = 0
    exit
