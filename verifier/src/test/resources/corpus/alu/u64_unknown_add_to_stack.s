.program u64_unknown_add_to_stack type=sched_cls
    call 7
    r3 = r10
    r3 += r0
    r0 = 0
    exit
