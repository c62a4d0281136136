.program alu_r10 type=socket_filter
    r10 += 8
    r0 = 0
    exit
