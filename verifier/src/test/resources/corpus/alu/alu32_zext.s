.program alu32_zext type=sched_cls
    call 7
    w0 &= 7
    r3 = r10
    r3 += -8
    r3 += r0
    r0 = *(u8 *)(r3 + 0)
    exit
