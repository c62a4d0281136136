.program mul_on_pointer type=socket_filter
    r1 *= 2
    r0 = 0
    exit
