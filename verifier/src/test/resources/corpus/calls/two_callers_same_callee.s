.program two_callers_same_callee type=sched_cls
    r1 = 1
    call f
    r6 = r0
    r1 = 2
    call f
    r0 += r6
    exit
f:
    r0 = r1
    exit
