.program sk_lookup_returns_unknown type=sk_lookup
    call bpf_get_prandom_u32
    exit
