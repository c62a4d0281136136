.program refs_x0028 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = *(u32 *)(r6 + 0)
    if r8 == 0 goto +2
    r1 = r8
    call bpf_sk_release
    if r8 == 0 goto +2
    r1 = r8
    call bpf_sk_release
    if r7 == 0 goto +1
    r0 = *(u32 *)(r7 + 100)
    if r7 == 0 goto +1
    r0 = *(u32 *)(r7 + 16)
    if r8 == 0 goto +2
    r1 = r8
    call bpf_tcp_sock
    r0 = 0
    *(u64 *)(r10 - 48) = 0
    *(u64 *)(r10 - 40) = 0
    *(u64 *)(r10 - 32) = 0
    *(u64 *)(r10 - 24) = 0
    r1 = r6
    r2 = r10
    r2 += -48
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_udp
    r8 = r0
    if r7 == 0 goto +2
    r1 = r7
    call bpf_sk_release
    r0 = r9
    r0 &= 1
    if r0 == 0 goto +1
    r8 = 0
    r0 = r9
    r0 &= 2
    if r0 == 0 goto +1
    r7 = 0
    if r8 == 0 goto +1
    r0 = *(u32 *)(r8 + 4)
    if r8 == 0 goto +2
    r1 = r8
    call bpf_sk_release
    if r7 == 0 goto +2
    r1 = r7
    call bpf_sk_release
    if r8 == 0 goto +2
    r1 = r8
    call bpf_sk_release
    r0 = 0
    exit
