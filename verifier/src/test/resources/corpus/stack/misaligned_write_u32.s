.program misaligned_write_u32 type=socket_filter
    *(u32 *)(r10 - 6) = 1
    r0 = 0
    exit
