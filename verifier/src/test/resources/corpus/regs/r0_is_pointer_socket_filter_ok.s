.program r0_is_pointer_socket_filter_ok type=socket_filter
    r0 = r10
    exit
