.program sk_lookup_no_attach type=sk_lookup attach=cgroup_inet_ingress
    r0 = 1
    exit

.program sk_lookup_attach_reuseport type=sk_lookup attach=sk_reuseport_select
    r0 = 1
    exit

.program sk_reuseport_attach_sk_lookup type=sk_reuseport attach=sk_lookup
    r0 = 1
    exit

.program sk_reuseport_no_attach type=sk_reuseport attach=cgroup_inet_ingress
    r0 = 1
    exit

.program cgroup_skb_attach_sk_lookup type=cgroup_skb attach=sk_lookup
    r0 = 1
    exit

.program sk_msg_attach_any_ok type=sk_msg attach=sk_lookup
    r0 = 1
    exit

.program sk_lookup_bad_attach_bad_code type=sk_lookup attach=cgroup_inet_ingress
    r0 = *(u32 *)(r1 + 4)
    exit
