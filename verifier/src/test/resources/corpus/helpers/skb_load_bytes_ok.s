.program skb_load_bytes_ok type=sched_cls
    r2 = 0
    r3 = r10
    r3 += -16
    r4 = 16
    call bpf_skb_load_bytes
    r0 = 0
    exit
