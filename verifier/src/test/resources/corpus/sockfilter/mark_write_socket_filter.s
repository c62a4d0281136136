.program mark_write_socket_filter type=socket_filter
    r2 = 1
    *(u32 *)(r1 + 8) = r2
    r0 = 0
    exit
