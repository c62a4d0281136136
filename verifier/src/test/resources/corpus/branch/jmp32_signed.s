.program jmp32_signed type=sched_cls
    call bpf_get_prandom_u32
    if w0 s> 10 goto +6
    if w0 s< 0 goto +5
    r0 &= 0xff
    r3 = r10
    r3 += -16
    r3 += r0
    r0 = 0
    exit
