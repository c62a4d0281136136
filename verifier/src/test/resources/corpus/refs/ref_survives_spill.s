.program ref_survives_spill type=sched_cls
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
    *(u64 *)(r10 - 24) = r0
    if r0 == 0 goto +3
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
    r0 = 0
    exit
    r0 = 0
    exit
