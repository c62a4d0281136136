.program scalar_minus_ptr type=socket_filter
    r2 = 1
    r2 -= r1
    r0 = 0
    exit
