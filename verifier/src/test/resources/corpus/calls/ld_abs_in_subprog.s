.program ld_abs_in_subprog type=sched_cls
    r6 = r1
    call f
    r0 = 0
    exit
f:
    r0 = *(u8 *)skb[0]
    exit
