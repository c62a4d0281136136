.program bounded_loop_100 type=sched_cls
    r0 = 0
    r1 = 0
loop:
    r0 += r1
    r1 += 1
    if r1 < 100 goto loop
    r0 = 0
    exit
