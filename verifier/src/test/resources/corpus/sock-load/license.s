.license "Proprietary"
.program nongpl_tcp_check_syncookie_sched_cls type=sched_cls
    r1 = 0
    r2 = 0
    r3 = 0
    r4 = 0
    r5 = 0
    call bpf_tcp_check_syncookie
    r0 = 0
    exit

.license "Proprietary"
.program nongpl_tcp_gen_syncookie_sched_cls type=sched_cls
    r1 = 0
    r2 = 0
    r3 = 0
    r4 = 0
    r5 = 0
    call bpf_tcp_gen_syncookie
    r0 = 0
    exit

.license "Proprietary"
.program nongpl_trace_printk_sk_lookup type=sk_lookup
    r1 = 0
    r2 = 0
    r3 = 0
    r4 = 0
    r5 = 0
    call bpf_trace_printk
    r0 = 0
    exit

.license "Proprietary"
.program nongpl_trace_printk_sk_msg type=sk_msg
    r1 = 0
    r2 = 0
    r3 = 0
    r4 = 0
    r5 = 0
    call bpf_trace_printk
    r0 = 0
    exit

.license "Proprietary"
.program nongpl_trace_printk_sk_reuseport type=sk_reuseport
    r1 = 0
    r2 = 0
    r3 = 0
    r4 = 0
    r5 = 0
    call bpf_trace_printk
    r0 = 0
    exit

.license "Proprietary"
.map sm type=sockmap key=4 value=8 entries=4
.program nongpl_sk_lookup_assign_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r1 = r6
    r2 = r0
    r7 = r0
    r3 = 0
    call bpf_sk_assign
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.license "Proprietary"
.map sm type=sockmap key=4 value=8 entries=4
.program nongpl_sk_msg_redirect_ok type=sk_msg
    r2 = sm ll
    r3 = 0
    r4 = 0
    call bpf_msg_redirect_map
    exit
