.program xor_known type=socket_filter
    r0 = 5
    r0 ^= 5
    r1 = r10
    r1 += r0
    r0 = 0
    exit
