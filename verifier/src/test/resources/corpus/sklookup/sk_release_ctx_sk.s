.program sk_release_ctx_sk type=sk_lookup
    r1 = *(u64 *)(r1 + 0)
    if r1 == 0 goto +1
    call bpf_sk_release
    r0 = 1
    exit
