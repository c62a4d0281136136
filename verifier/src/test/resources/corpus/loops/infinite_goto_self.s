.program infinite_goto_self type=socket_filter
    r0 = 0
    if r0 == 0 goto +1
    exit
    goto -1
