.program ctx_arg_not_ctx type=sched_cls
    r1 = r10
    call bpf_get_hash_recalc
    r0 = 0
    exit
