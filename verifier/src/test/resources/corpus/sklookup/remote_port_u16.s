.program remote_port_u16 type=sk_lookup
    r2 = *(u16 *)(r1 + 36)
    r0 = 1
    exit
