.map h type=hash key=4 value=8 entries=16
.program map_ptr_arith_prohibited type=sched_cls
    r1 = h ll
    r1 += 8
    r0 = 0
    exit
