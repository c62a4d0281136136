.program signed_compare_negative type=socket_filter
    call 7
    if r0 s> 7 goto +5
    r3 = r10
    r3 += -8
    r3 += r0
    r0 = *(u8 *)(r3 + 0)
    exit
    r0 = 0
    exit
