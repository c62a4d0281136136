.program ktime_ok type=sk_lookup
    call bpf_ktime_get_ns
    r0 = 1
    exit
