.program helper_unspec type=sched_cls
    call 0
    r0 = 0
    exit
