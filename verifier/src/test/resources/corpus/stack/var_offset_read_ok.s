.program var_offset_read_ok type=sched_cls
    r2 = *(u32 *)(r1 + 0)
    r2 &= 8
    r3 = r10
    r3 += -16
    r3 += r2
    r0 = *(u64 *)(r3 + 0)
    exit
