.program div_by_reg_ok type=socket_filter
    r0 = 10
    r1 = 0
    r0 /= r1
    exit
