.program spilled_ptr_partial_read type=sched_cls
    *(u64 *)(r10 - 8) = r10
    r0 = *(u8 *)(r10 - 8)
    exit
