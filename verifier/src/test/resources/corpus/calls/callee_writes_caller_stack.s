.program callee_writes_caller_stack type=sched_cls
    r1 = r10
    r1 += -8
    call f
    r0 = *(u64 *)(r10 - 8)
    exit
f:
    *(u64 *)(r1 + 0) = 7
    r0 = 0
    exit
