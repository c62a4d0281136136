.program refs_x0025 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = *(u32 *)(r6 + 0)
    *(u64 *)(r10 - 8) = r8
    r7 = *(u64 *)(r10 - 8)
    if r7 == 0 goto +1
    r0 = *(u32 *)(r7 + 0)
    r1 = r7
    call bpf_sk_release
    if r7 == 0 goto +2
    r1 = r7
    call bpf_sk_release
    if r8 == 0 goto +2
    r1 = r8
    call bpf_sk_release
    r0 = 0
    exit
