.program family_read type=sk_lookup
    r2 = *(u32 *)(r1 + 4)
    r0 = 0
    if r2 != 2 goto +1
    r0 = 1
    exit
