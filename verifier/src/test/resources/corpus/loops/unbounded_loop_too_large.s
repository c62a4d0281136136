.program unbounded_loop_too_large type=sched_cls
    r1 = 0
loop:
    r1 += 1
    if r1 != 0 goto loop
    r0 = 0
    exit
