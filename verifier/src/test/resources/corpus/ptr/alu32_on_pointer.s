.program alu32_on_pointer type=socket_filter
    w1 += 2
    r0 = 0
    exit
