.program bitwise_on_pointer type=socket_filter
    r1 &= 8
    r0 = 0
    exit
