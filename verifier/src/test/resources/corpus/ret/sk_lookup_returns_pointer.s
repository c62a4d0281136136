.program sk_lookup_returns_pointer type=sk_lookup
    r0 = r10
    exit
