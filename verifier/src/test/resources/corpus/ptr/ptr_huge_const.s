.program ptr_huge_const type=socket_filter
    r2 = 0x20000000 ll
    r1 += r2
    r0 = 0
    exit
