.program arsh_range type=sched_cls
    call 7
    r0 s>>= 60
    r3 = r10
    r3 += -16
    r3 += r0
    r0 = *(u8 *)(r3 + 0)
    exit
