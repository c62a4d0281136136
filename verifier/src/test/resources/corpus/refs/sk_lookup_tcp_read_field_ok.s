.program sk_lookup_tcp_read_field_ok type=sched_cls
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto +4
    r6 = r0
    r7 = *(u32 *)(r0 + 4)
    r1 = r6
    call bpf_sk_release
    r0 = 0
    exit
