.program pass_stack_ptr_ok type=sched_cls
    *(u64 *)(r10 - 8) = 0
    r1 = r10
    r1 += -8
    call f
    exit
f:
    r0 = *(u64 *)(r1 + 0)
    exit
