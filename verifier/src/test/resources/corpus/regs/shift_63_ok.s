.program shift_63_ok type=sched_cls
    r0 = 1
    r0 <<= 63
    r0 = 0
    exit
