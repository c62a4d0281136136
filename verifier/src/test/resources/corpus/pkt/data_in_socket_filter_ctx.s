.program data_in_socket_filter_ctx type=socket_filter
    r2 = *(u32 *)(r1 + 76)
    r0 = 0
    exit
