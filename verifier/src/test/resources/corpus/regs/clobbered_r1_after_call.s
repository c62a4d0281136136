.program clobbered_r1_after_call type=socket_filter
    r6 = r1
    call 7
    r0 = *(u32 *)(r1 + 0)
    exit
