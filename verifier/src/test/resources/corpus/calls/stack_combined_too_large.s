.program stack_combined_too_large type=sched_cls
    *(u64 *)(r10 - 320) = 0
    call f
    r0 = 0
    exit
f:
    *(u64 *)(r10 - 320) = 0
    r0 = 0
    exit
