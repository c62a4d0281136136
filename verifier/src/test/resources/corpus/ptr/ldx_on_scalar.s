.program ldx_on_scalar type=socket_filter
    r2 = 1000
    r0 = *(u32 *)(r2 + 0)
    exit
