.program cgroup_skb_eg_ret_0 type=cgroup_skb attach=egress
    r0 = 0
    exit

.program cgroup_skb_eg_ret_1 type=cgroup_skb attach=egress
    r0 = 1
    exit

.program cgroup_skb_eg_ret_2 type=cgroup_skb attach=egress
    r0 = 2
    exit

.program cgroup_skb_eg_ret_3 type=cgroup_skb attach=egress
    r0 = 3
    exit

.program cgroup_skb_eg_ret_neg1 type=cgroup_skb attach=egress
    r0 = -1
    exit

.program cgroup_skb_eg_ret_unknown type=cgroup_skb attach=egress
    call bpf_get_prandom_u32
    exit

.program cgroup_skb_eg_ret_masked1 type=cgroup_skb attach=egress
    call bpf_get_prandom_u32
    r0 &= 1
    exit

.program cgroup_skb_eg_ret_ctx_ptr type=cgroup_skb attach=egress
    r0 = r1
    exit

.program cgroup_skb_eg_ret_w0_2 type=cgroup_skb attach=egress
    w0 = 2
    exit

.program cgroup_skb_eg_ret_uninit type=cgroup_skb attach=egress
    exit
