.program write_above_fp type=socket_filter
    *(u64 *)(r10 + 8) = r1
    r0 = 0
    exit
