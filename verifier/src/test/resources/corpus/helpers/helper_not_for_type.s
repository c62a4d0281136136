.program helper_not_for_type type=socket_filter
    call bpf_get_hash_recalc
    r0 = 0
    exit
