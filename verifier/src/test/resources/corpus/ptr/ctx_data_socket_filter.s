.program ctx_data_socket_filter type=socket_filter
    r0 = *(u32 *)(r1 + 76)
    r0 = 0
    exit
