.program trace_printk_gpl_ok type=socket_filter
    *(u32 *)(r10 - 4) = 686117
    r1 = r10
    r1 += -4
    r2 = 4
    r3 = 7
    call bpf_trace_printk
    r0 = 0
    exit
