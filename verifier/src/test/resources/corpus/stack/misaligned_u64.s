.program misaligned_u64 type=socket_filter
    r0 = *(u64 *)(r10 - 4)
    exit
