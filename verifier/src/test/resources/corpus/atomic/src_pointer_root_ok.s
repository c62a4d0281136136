.program src_pointer_root_ok type=sched_cls
    *(u64 *)(r10 - 8) = 0
    r1 = r10
    lock *(u64 *)(r10 - 8) += r1
    r0 = 0
    exit
