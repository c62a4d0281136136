.program refs_x0003 type=sched_cls
    r6 = r1
    r7 = 0
    r8 = 0
    r9 = *(u32 *)(r6 + 0)
    r1 = r8
    call bpf_sk_release
    if r8 == 0 goto +2
    r1 = r8
    call bpf_sk_release
    if r8 == 0 goto +1
    r0 = *(u32 *)(r8 + 100)
    if r8 == 0 goto +1
    r0 = *(u32 *)(r8 + 4)
    if r7 == 0 goto +2
    r1 = r7
    call bpf_tcp_sock
    r0 = 0
    r0 = r9
    r0 &= 4
    if r0 == 0 goto +1
    r8 = 0
    if r7 == 0 goto +2
    r1 = r7
    call bpf_sk_release
    if r8 == 0 goto +2
    r1 = r8
    call bpf_sk_release
    r0 = 0
    exit
