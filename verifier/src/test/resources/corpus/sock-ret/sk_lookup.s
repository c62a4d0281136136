.program sk_lookup_ret_0 type=sk_lookup
    r0 = 0
    exit

.program sk_lookup_ret_1 type=sk_lookup
    r0 = 1
    exit

.program sk_lookup_ret_2 type=sk_lookup
    r0 = 2
    exit

.program sk_lookup_ret_3 type=sk_lookup
    r0 = 3
    exit

.program sk_lookup_ret_neg1 type=sk_lookup
    r0 = -1
    exit

.program sk_lookup_ret_unknown type=sk_lookup
    call bpf_get_prandom_u32
    exit

.program sk_lookup_ret_masked1 type=sk_lookup
    call bpf_get_prandom_u32
    r0 &= 1
    exit

.program sk_lookup_ret_ctx_ptr type=sk_lookup
    r0 = r1
    exit

.program sk_lookup_ret_w0_2 type=sk_lookup
    w0 = 2
    exit

.program sk_lookup_ret_uninit type=sk_lookup
    exit
