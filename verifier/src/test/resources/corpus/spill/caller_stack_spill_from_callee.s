.program caller_stack_spill_from_callee type=sched_cls
    r1 = r10
    r1 += -8
    call f
    r0 = 0
    exit
f:
    *(u64 *)(r1 + 0) = r10
    r0 = 0
    exit
