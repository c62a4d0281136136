.program callee_oob_on_passed_stack type=sched_cls
    r1 = r10
    r1 += -8
    call f
    r0 = 0
    exit
f:
    r0 = *(u64 *)(r1 + 8)
    exit
