.program callee_bad_ctx_read type=sk_lookup
    call f
    exit
f:
    r0 = *(u32 *)(r1 + 100)
    exit
