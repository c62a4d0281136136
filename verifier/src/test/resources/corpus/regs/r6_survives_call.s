.program r6_survives_call type=sched_cls
    r6 = 1
    call 7
    r0 = r6
    exit
