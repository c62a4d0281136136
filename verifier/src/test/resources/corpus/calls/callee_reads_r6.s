.program callee_reads_r6 type=sched_cls
    r6 = 1
    call f
    r0 = 0
    exit
f:
    r0 = r6
    exit
