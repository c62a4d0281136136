.program sk_lookup_returns_range_0_3 type=sk_lookup
    call bpf_get_prandom_u32
    r0 &= 3
    exit
