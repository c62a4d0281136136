.program write_at_fp type=socket_filter
    *(u32 *)(r10 + 0) = 1
    r0 = 0
    exit
