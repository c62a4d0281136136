.program unbounded_add_to_stack_ptr type=socket_filter
    r2 = *(u32 *)(r1 + 0)
    r3 = r10
    r3 += r2
    r0 = 0
    exit
