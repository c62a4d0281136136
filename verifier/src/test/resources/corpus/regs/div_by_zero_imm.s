.program div_by_zero_imm type=socket_filter
    r0 = 1
    r0 /= 0
    exit
