.program jump_out_of_range_backward type=sched_cls
    r0 = 0
    if r0 > 3 goto -10
    exit
