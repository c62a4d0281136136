.program release_scalar type=sched_cls
    r1 = 0
    call bpf_sk_release
    r0 = 0
    exit
