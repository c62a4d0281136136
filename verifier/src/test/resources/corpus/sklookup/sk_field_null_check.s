.program sk_field_null_check type=sk_lookup
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto +1
    r3 = *(u32 *)(r2 + 4)
    r0 = 1
    exit
