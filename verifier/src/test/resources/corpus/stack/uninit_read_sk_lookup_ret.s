.program uninit_read_sk_lookup_ret type=sk_lookup
    r0 = *(u64 *)(r10 - 8)
    exit
