.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_lookup_deref_unchecked type=sk_lookup
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    r1 = *(u32 *)(r0 + 4)
    r0 = 0
    exit
