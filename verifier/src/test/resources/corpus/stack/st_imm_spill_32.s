.program st_imm_spill_32 type=sched_cls
    *(u32 *)(r10 - 8) = 2
    r3 = *(u32 *)(r10 - 8)
    r4 = r10
    r4 += -8
    r4 += r3
    r0 = *(u32 *)(r4 + 0)
    exit
