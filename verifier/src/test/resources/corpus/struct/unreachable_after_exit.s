.program unreachable_after_exit type=socket_filter
    r0 = 0
    exit
    r0 = 1
    exit
