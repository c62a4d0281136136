.map arr type=array key=4 value=8 entries=4
.program lookup_key_stack_oob type=sched_cls
    r2 = r10
    r2 += -2
    r1 = arr ll
    call bpf_map_lookup_elem
    r0 = 0
    exit
