.program loop_on_ctx_value type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r2 &= 15
    r0 = 0
loop:
    if r2 == 0 goto +3
    r2 += -1
    r0 += 1
    goto loop
    exit
