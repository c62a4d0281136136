.program caller_r1_clobbered type=sched_cls
    r1 = 1
    call f
    r0 = r1
    exit
f:
    r0 = 0
    exit
