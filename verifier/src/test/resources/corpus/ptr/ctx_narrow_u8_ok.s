.program ctx_narrow_u8_ok type=sched_cls
    r0 = *(u8 *)(r1 + 0)
    exit
