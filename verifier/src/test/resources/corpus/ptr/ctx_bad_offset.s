.program ctx_bad_offset type=sk_lookup
    r0 = *(u32 *)(r1 + 100)
    exit
