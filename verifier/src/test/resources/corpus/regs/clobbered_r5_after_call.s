.program clobbered_r5_after_call type=sched_cls
    r5 = 1
    call 7
    r0 = r5
    exit
