.program static_call_ok type=sched_cls
    r1 = 1
    call f
    exit
f:
    r0 = r1
    exit
