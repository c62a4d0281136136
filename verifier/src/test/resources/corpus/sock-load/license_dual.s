.license "Dual BSD/GPL"
.program dual_bsd_gpl_trace_printk type=sk_msg
    *(u32 *)(r10 - 4) = 0
    r1 = r10
    r1 += -4
    r2 = 4
    call bpf_trace_printk
    r0 = 0
    exit
