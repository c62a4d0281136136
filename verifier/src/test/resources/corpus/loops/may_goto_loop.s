.program may_goto_loop type=sched_cls
    r0 = 0
loop:
    may_goto +2
    r0 += 1
    goto loop
    r0 = 0
    exit
