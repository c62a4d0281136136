.program sk_lookup_returns_1_ok type=sk_lookup
    r0 = 1
    exit
