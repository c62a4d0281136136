.map sm type=sockmap key=4 value=8 entries=4
.program sk_select_reuseport_sk_lookup type=sk_lookup
    r2 = sm ll
    r3 = r10
    r3 += -4
    *(u32 *)(r10 - 4) = 0
    r4 = 0
    call bpf_sk_select_reuseport
    r0 = 0
    exit
