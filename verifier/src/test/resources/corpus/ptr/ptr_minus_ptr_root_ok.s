.program ptr_minus_ptr_root_ok type=socket_filter
    r2 = r10
    r2 -= r1
    r0 = 0
    exit
