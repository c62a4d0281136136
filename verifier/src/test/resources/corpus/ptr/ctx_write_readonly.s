.program ctx_write_readonly type=sk_lookup
    *(u32 *)(r1 + 60) = 1
    r0 = 0
    exit
