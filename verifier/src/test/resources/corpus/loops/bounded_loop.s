.program bounded_loop type=socket_filter
    r0 = 0
    r1 = 0
loop:
    r0 += 1
    r1 += 1
    if r1 < 10 goto loop
    r0 = 0
    exit
