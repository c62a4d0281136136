.program ctx_modified_deref type=socket_filter
    r1 += 4
    r0 = *(u32 *)(r1 + 0)
    exit
