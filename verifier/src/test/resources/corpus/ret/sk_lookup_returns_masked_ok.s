.program sk_lookup_returns_masked_ok type=sk_lookup
    call bpf_get_prandom_u32
    r0 &= 1
    exit
