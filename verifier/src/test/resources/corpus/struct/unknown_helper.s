.program unknown_helper type=socket_filter
    call 300
    r0 = 0
    exit
