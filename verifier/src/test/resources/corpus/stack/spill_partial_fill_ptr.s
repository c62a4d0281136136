.program spill_partial_fill_ptr type=socket_filter
    *(u64 *)(r10 - 8) = r1
    r2 = *(u32 *)(r10 - 8)
    r0 = 0
    exit
