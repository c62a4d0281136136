.program invalid_shift_32 type=sched_cls
    w0 = 1
    w0 >>= 32
    exit
