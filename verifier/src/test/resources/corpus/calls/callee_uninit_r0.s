.program callee_uninit_r0 type=sched_cls
    call f
    exit
f:
    exit
