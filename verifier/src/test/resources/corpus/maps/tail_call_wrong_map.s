.map arr type=array key=4 value=8 entries=4
.program tail_call_wrong_map type=sched_cls
    r2 = arr ll
    r3 = 0
    call bpf_tail_call
    r0 = 0
    exit
