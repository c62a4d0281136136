.map progs type=prog_array key=4 value=4 entries=4
.program tail_call_with_ref type=sched_cls
    r6 = r1
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
    r7 = r0
    r1 = r6
    r2 = progs ll
    r3 = 0
    call bpf_tail_call
    if r7 == 0 goto +2
    r1 = r7
    call bpf_sk_release
    r0 = 0
    exit
