.program jeq_dead_branch type=socket_filter
    r2 = *(u32 *)(r1 + 0)
    r2 &= 0xf0
    if r2 == 5 goto +2
    r0 = 0
    exit
    r0 = *(u64 *)(r9 + 0)
    exit
