.program jump_across_functions type=sched_cls
    call f
    if r0 > 1 goto +3
    exit
f:
    r0 = 0
    exit
