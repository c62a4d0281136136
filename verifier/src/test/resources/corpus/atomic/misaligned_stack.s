.program misaligned_stack type=sched_cls
    *(u64 *)(r10 - 8) = 0
    r1 = 1
    lock *(u32 *)(r10 - 6) += r1
    r0 = 0
    exit
