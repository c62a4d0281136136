.program mem_size_too_big_for_stack type=socket_filter
    r1 = r10
    r1 += -8
    r2 = 16
    call bpf_trace_printk
    r0 = 0
    exit
