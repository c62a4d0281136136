.program sk_lookup_returns_2 type=sk_lookup
    r0 = 2
    exit
