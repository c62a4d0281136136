.program recursion type=sched_cls
    call f
    exit
f:
    call f
    exit
