.program local_port_write type=sk_lookup
    r2 = 1
    *(u32 *)(r1 + 60) = r2
    r0 = 1
    exit
