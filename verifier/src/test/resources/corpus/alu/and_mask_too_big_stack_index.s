.program and_mask_too_big_stack_index type=socket_filter
    r2 = *(u32 *)(r1 + 0)
    r2 &= 31
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = *(u8 *)(r3 + 0)
    exit
