.program skb_load_bytes_then_read type=sched_cls
    r2 = 0
    r3 = r10
    r3 += -8
    r4 = 8
    call bpf_skb_load_bytes
    r0 = *(u64 *)(r10 - 8)
    exit
