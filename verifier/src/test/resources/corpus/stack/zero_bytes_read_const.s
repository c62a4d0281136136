.program zero_bytes_read_const type=sched_cls
    *(u32 *)(r10 - 4) = 0
    r3 = *(u32 *)(r10 - 4)
    r4 = r10
    r4 += -8
    r4 += r3
    r0 = *(u64 *)(r4 + 0)
    exit
