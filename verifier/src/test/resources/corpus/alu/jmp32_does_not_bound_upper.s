.program jmp32_does_not_bound_upper type=sched_cls
    call 7
    if w0 > 7 goto +5
    r3 = r10
    r3 += -8
    r3 += r0
    r0 = *(u8 *)(r3 + 0)
    exit
    r0 = 0
    exit
