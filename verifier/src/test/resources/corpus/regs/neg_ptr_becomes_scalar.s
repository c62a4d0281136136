.program neg_ptr_becomes_scalar type=socket_filter
    r2 = r10
    r2 = -r2
    r0 = *(u64 *)(r2 + 0)
    exit
