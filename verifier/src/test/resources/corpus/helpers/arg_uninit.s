.program arg_uninit type=sched_cls
    call bpf_get_hash_recalc
    r0 = 0
    exit
    
