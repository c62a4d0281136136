.program back_edge_infinite_two_insn type=sched_cls
    r0 = 0
loop:
    r1 = 1
    goto loop
