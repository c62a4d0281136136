.license "MIT"
.program mit_trace_printk type=sk_msg
    r1 = 0
    r2 = 0
    call bpf_trace_printk
    r0 = 0
    exit
