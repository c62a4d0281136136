.program changes_data_invalidates type=sched_cls
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r6 = r1
    r4 = r2
    r4 += 14
    if r4 > r3 goto +5
    r1 = r6
    r2 = 0
    call bpf_skb_pull_data
    r0 = *(u8 *)(r4 + 0)
    exit
    r0 = 0
    exit
