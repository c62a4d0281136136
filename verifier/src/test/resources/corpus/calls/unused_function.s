.program unused_function type=sched_cls
    r0 = 0
    exit
f:
    r0 = 1
    exit
