.program fp_plus_var_unbounded_access type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
