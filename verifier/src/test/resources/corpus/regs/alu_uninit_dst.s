.program alu_uninit_dst type=socket_filter
    r3 += 1
    r0 = 0
    exit
