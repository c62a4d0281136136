.program ctx_read_past_end type=sk_lookup
    r2 = *(u32 *)(r1 + 72)
    r0 = 1
    exit
