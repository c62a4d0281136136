.program compare_two_pointers_root type=sched_cls
    r2 = r10
    r3 = r1
    if r2 > r3 goto +0
    r0 = 0
    exit
