.program return_stack_ptr type=sched_cls
    call f
    r0 = 0
    exit
f:
    r0 = r10
    exit
