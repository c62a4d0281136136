.program ldx_sign_extend_stack type=sched_cls
    *(u64 *)(r10 - 8) = r1
    r2 = *(s8 *)(r10 - 8)
    r3 = r10
    r3 += -128
    r3 += r2
    r0 = 0
    exit
