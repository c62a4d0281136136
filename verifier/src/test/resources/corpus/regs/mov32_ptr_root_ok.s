.program mov32_ptr_root_ok type=socket_filter
    w0 = w10
    r0 = 0
    exit
