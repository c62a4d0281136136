.program stack_ptr_add_then_read type=socket_filter
    r2 = r10
    r2 += -8
    *(u64 *)(r2 + 0) = 5
    r0 = *(u64 *)(r2 + 0)
    exit
