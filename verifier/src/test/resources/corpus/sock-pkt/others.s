.program sock_ops_skb_data_checked_ok type=sock_ops
    r2 = *(u64 *)(r1 + 192)
    r3 = *(u64 *)(r1 + 200)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program sock_ops_skb_data_write type=sock_ops
    r2 = *(u64 *)(r1 + 192)
    r3 = *(u64 *)(r1 + 200)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = 0
    *(u8 *)(r2 + 0) = r5
out:
    r0 = 1
    exit

.program sk_skb_write_checked_ok type=sk_skb attach=stream_verdict
    r6 = r1
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = 0
    *(u8 *)(r2 + 0) = r5
out:
    r0 = 1
    exit

.program sk_skb_pull_invalidates type=sk_skb attach=stream_verdict
    r6 = r1
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r7 = r2
    r1 = r6
    r2 = 0
    call bpf_skb_pull_data
    r5 = *(u8 *)(r7 + 0)
out:
    r0 = 1
    exit

.program sk_skb_read_unchecked type=sk_skb attach=stream_verdict
    r6 = r1
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program cgroup_skb_read_checked_ok type=cgroup_skb attach=ingress
    r6 = r1
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program cgroup_skb_write_checked type=cgroup_skb attach=ingress
    r6 = r1
    r2 = *(u32 *)(r1 + 76)
    r3 = *(u32 *)(r1 + 80)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = 0
    *(u8 *)(r2 + 0) = r5
out:
    r0 = 1
    exit
