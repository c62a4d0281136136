.program r0_set_by_helper type=sk_lookup
    call 7
    r0 &= 1
    exit
