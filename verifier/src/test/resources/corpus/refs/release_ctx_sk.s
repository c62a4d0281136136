.program release_ctx_sk type=sched_cls
    r1 = *(u64 *)(r1 + 168)
    if r1 == 0 goto +1
    call bpf_sk_release
    r0 = 0
    exit
