.program ctx_st_mark_sched_cls type=sched_cls
    r2 = 1
    *(u32 *)(r1 + 8) = r2
    r0 = 0
    exit
