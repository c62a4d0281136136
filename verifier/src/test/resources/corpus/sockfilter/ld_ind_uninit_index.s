.program ld_ind_uninit_index type=socket_filter
    r6 = r1
    r0 = *(u32 *)skb[r7 + 2]
    exit
