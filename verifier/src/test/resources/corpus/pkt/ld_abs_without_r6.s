.program ld_abs_without_r6 type=socket_filter
    r0 = *(u8 *)skb[12]
    exit
