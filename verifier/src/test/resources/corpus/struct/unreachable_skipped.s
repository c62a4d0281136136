.program unreachable_skipped type=sched_cls
    r0 = 0
    goto +1
    r0 = 1
    exit
