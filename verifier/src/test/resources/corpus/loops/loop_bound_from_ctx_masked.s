.program loop_bound_from_ctx_masked type=sched_cls
    r6 = *(u32 *)(r1 + 0)
    r6 &= 63
    r7 = 0
loop:
    if r7 >= r6 goto +3
    r7 += 1
    goto loop
    exit
    r0 = 0
    exit
