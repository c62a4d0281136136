.program ld_ind_ok type=socket_filter
    r6 = r1
    r7 = 4
    r0 = *(u32 *)skb[r7 + 2]
    exit
