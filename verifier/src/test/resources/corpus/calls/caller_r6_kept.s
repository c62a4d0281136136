.program caller_r6_kept type=sched_cls
    r6 = 1
    call f
    r0 = r6
    exit
f:
    r6 = 2
    r0 = 0
    exit
