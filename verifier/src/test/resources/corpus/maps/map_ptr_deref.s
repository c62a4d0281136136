.map h type=hash key=4 value=8 entries=16
.program map_ptr_deref type=sched_cls
    r1 = h ll
    r0 = *(u32 *)(r1 + 0)
    r0 = 0
    exit
