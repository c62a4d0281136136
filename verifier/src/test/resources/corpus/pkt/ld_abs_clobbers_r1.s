.program ld_abs_clobbers_r1 type=sched_cls
    r6 = r1
    r0 = *(u16 *)skb[12]
    r0 = *(u32 *)(r1 + 0)
    exit
