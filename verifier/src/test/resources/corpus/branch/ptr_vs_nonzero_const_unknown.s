.program ptr_vs_nonzero_const_unknown type=sched_cls
    r2 = r10
    if r2 == 5 goto +1
    r0 = 0
    r0 = 0
    exit
