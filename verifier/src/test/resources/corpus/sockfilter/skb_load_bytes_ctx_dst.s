.program skb_load_bytes_ctx_dst type=socket_filter
    r2 = 0
    r3 = r1
    r4 = 4
    call bpf_skb_load_bytes
    r0 = 0
    exit
