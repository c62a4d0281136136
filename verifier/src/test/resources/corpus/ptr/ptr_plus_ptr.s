.program ptr_plus_ptr type=socket_filter
    r1 += r10
    r0 = 0
    exit
