.program jump_out_of_range type=socket_filter
    goto +100
    r0 = 0
    exit
