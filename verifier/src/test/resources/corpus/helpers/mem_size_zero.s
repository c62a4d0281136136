.program mem_size_zero type=socket_filter
    r1 = r10
    r1 += -4
    r2 = 0
    call bpf_trace_printk
    r0 = 0
    exit
