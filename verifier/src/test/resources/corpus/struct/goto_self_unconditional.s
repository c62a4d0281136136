.program goto_self_unconditional type=sched_cls
    r0 = 0
    goto -1
    exit
