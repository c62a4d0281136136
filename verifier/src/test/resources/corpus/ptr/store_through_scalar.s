.program store_through_scalar type=socket_filter
    r2 = 1000
    *(u32 *)(r2 + 0) = 1
    r0 = 0
    exit
