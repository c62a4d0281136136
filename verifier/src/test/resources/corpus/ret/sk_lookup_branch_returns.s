.program sk_lookup_branch_returns type=sk_lookup
    r2 = *(u32 *)(r1 + 4)
    r0 = 1
    if r2 == 2 goto +1
    r0 = 3
    exit
