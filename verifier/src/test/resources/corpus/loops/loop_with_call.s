.program loop_with_call type=sched_cls
    r6 = 0
loop:
    call bpf_get_prandom_u32
    r6 += 1
    if r6 < 8 goto loop
    r0 = 0
    exit
