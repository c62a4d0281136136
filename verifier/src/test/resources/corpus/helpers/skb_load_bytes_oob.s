.program skb_load_bytes_oob type=sched_cls
    r2 = 0
    r3 = r10
    r3 += -600
    r4 = 4
    call bpf_skb_load_bytes
    r0 = 0
    exit
