.program callee_helper_call type=sched_cls
    call f
    exit
f:
    call bpf_get_prandom_u32
    exit
