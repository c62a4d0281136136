.map progs type=prog_array key=4 value=4 entries=4
.program tail_call_prog_array_ok type=sched_cls
    r2 = progs ll
    r3 = 0
    call bpf_tail_call
    r0 = 0
    exit
