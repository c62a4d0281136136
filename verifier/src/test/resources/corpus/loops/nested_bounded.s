.program nested_bounded type=sched_cls
    r1 = 0
    r0 = 0
outer:
    r2 = 0
inner:
    r0 += 1
    r2 += 1
    if r2 < 5 goto inner
    r1 += 1
    if r1 < 5 goto outer
    r0 = 0
    exit
