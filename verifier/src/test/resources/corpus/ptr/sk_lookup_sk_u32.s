.program sk_lookup_sk_u32 type=sk_lookup
    r0 = *(u32 *)(r1 + 0)
    r0 = 0
    exit
