.program sk_lookup_returns_negative type=sk_lookup
    r0 = -1
    exit
