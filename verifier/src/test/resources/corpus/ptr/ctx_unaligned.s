.program ctx_unaligned type=sk_lookup
    r0 = *(u32 *)(r1 + 2)
    exit
