.program infinite_loop_no_progress type=sched_cls
    r0 = 0
    r1 = 0
loop:
    r0 += 1
    r0 &= 1
    if r1 < 10 goto loop
    exit
