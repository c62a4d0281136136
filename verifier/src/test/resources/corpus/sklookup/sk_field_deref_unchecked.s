.program sk_field_deref_unchecked type=sk_lookup
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u32 *)(r2 + 4)
    r0 = 1
    exit
