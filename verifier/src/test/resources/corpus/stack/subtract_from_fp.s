.program subtract_from_fp type=socket_filter
    r2 = r10
    r2 -= 8
    r0 = 0
    exit
