.program read_at_fp type=socket_filter
    r0 = *(u32 *)(r10 + 0)
    exit
