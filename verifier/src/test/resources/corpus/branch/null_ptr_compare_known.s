.program null_ptr_compare_known type=sched_cls
    r2 = r10
    if r2 == 0 goto +1
    r0 = 0
    exit
    r0 = *(u64 *)(r9 + 0)
    exit
