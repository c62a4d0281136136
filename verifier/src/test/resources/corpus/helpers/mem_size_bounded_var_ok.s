.program mem_size_bounded_var_ok type=socket_filter
    call bpf_get_prandom_u32
    r2 = r0
    r2 &= 7
    r2 += 1
    r1 = r10
    r1 += -8
    call bpf_trace_printk
    r0 = 0
    exit
