.map h type=hash key=4 value=8 entries=16
.program lookup_key_uninit_root_ok type=sched_cls
    r2 = r10
    r2 += -8
    r1 = h ll
    call bpf_map_lookup_elem
    r0 = 0
    exit
