.program mod_by_zero_imm32 type=socket_filter
    w0 = 1
    w0 %= 0
    exit
