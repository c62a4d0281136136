.program tcp_release_ok type=sched_cls
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
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program tcp_release_ne_ok type=sched_cls
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
    if r0 != 0 goto rel
    r0 = 0
    exit
rel:
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program tcp_release_unchecked type=sched_cls
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
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program tcp_deref_unchecked type=sched_cls
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
    r1 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program tcp_field_after_check_ok type=sched_cls
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
    if r0 == 0 goto out
    r7 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program tcp_leak type=sched_cls
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
    if r0 == 0 goto out
    r7 = r0
out:
    r0 = 0
    exit

.program tcp_leak_unchecked type=sched_cls
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
    r0 = 0
    exit

.program tcp_leak_one_path type=sched_cls
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
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    if r0 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program tcp_double_release type=sched_cls
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
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program tcp_use_after_release type=sched_cls
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
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = *(u32 *)(r7 + 4)
out:
    r0 = 0
    exit

.program tcp_release_via_spill_ok type=sched_cls
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
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
out:
    r0 = 0
    exit

.program tcp_ptr_arith type=sched_cls
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
    if r0 == 0 goto out
    r0 += 4
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program udp_release_ok type=sched_cls
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
    call bpf_sk_lookup_udp
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program udp_release_ne_ok type=sched_cls
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
    call bpf_sk_lookup_udp
    if r0 != 0 goto rel
    r0 = 0
    exit
rel:
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program udp_release_unchecked type=sched_cls
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
    call bpf_sk_lookup_udp
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program udp_deref_unchecked type=sched_cls
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
    call bpf_sk_lookup_udp
    r1 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program udp_field_after_check_ok type=sched_cls
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
    call bpf_sk_lookup_udp
    if r0 == 0 goto out
    r7 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program udp_leak type=sched_cls
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
    call bpf_sk_lookup_udp
    if r0 == 0 goto out
    r7 = r0
out:
    r0 = 0
    exit

.program udp_leak_unchecked type=sched_cls
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
    call bpf_sk_lookup_udp
    r0 = 0
    exit

.program udp_leak_one_path type=sched_cls
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
    call bpf_sk_lookup_udp
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    if r0 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program udp_double_release type=sched_cls
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
    call bpf_sk_lookup_udp
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program udp_use_after_release type=sched_cls
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
    call bpf_sk_lookup_udp
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = *(u32 *)(r7 + 4)
out:
    r0 = 0
    exit

.program udp_release_via_spill_ok type=sched_cls
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
    call bpf_sk_lookup_udp
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
out:
    r0 = 0
    exit

.program udp_ptr_arith type=sched_cls
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
    call bpf_sk_lookup_udp
    if r0 == 0 goto out
    r0 += 4
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_release_ok type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_release_ne_ok type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 != 0 goto rel
    r0 = 0
    exit
rel:
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program skc_release_unchecked type=sched_cls
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
    call bpf_skc_lookup_tcp
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program skc_deref_unchecked type=sched_cls
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
    call bpf_skc_lookup_tcp
    r1 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program skc_field_after_check_ok type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r7 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_leak type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
out:
    r0 = 0
    exit

.program skc_leak_unchecked type=sched_cls
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
    call bpf_skc_lookup_tcp
    r0 = 0
    exit

.program skc_leak_one_path type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    if r0 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_double_release type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_use_after_release type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = *(u32 *)(r7 + 4)
out:
    r0 = 0
    exit

.program skc_release_via_spill_ok type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_ptr_arith type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r0 += 4
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_release_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_release_ne_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 != 0 goto rel
    r0 = 1
    exit
rel:
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_release_unchecked type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_deref_unchecked type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    r1 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_field_after_check_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_leak type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_leak_unchecked type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_leak_one_path type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    if r0 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_double_release type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_use_after_release type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = *(u32 *)(r7 + 4)
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_release_via_spill_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_ptr_arith type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r0 += 4
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_release_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_release_ne_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 != 0 goto rel
    r0 = 1
    exit
rel:
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_release_unchecked type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_deref_unchecked type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    r1 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_field_after_check_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_leak type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
out:
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_leak_unchecked type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_leak_one_path type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    if r0 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_double_release type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_use_after_release type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = *(u32 *)(r7 + 4)
out:
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_release_via_spill_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program sockhash_ptr_arith type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r0 += 4
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.program skbtcp_release_ok type=sk_skb attach=stream_verdict
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
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.program skbtcp_release_ne_ok type=sk_skb attach=stream_verdict
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
    if r0 != 0 goto rel
    r0 = 1
    exit
rel:
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.program skbtcp_release_unchecked type=sk_skb attach=stream_verdict
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
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.program skbtcp_deref_unchecked type=sk_skb attach=stream_verdict
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
    r1 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.program skbtcp_field_after_check_ok type=sk_skb attach=stream_verdict
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
    if r0 == 0 goto out
    r7 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.program skbtcp_leak type=sk_skb attach=stream_verdict
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
    if r0 == 0 goto out
    r7 = r0
out:
    r0 = 1
    exit

.program skbtcp_leak_unchecked type=sk_skb attach=stream_verdict
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
    r0 = 1
    exit

.program skbtcp_leak_one_path type=sk_skb attach=stream_verdict
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
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    if r0 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.program skbtcp_double_release type=sk_skb attach=stream_verdict
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
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.program skbtcp_use_after_release type=sk_skb attach=stream_verdict
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
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = *(u32 *)(r7 + 4)
out:
    r0 = 1
    exit

.program skbtcp_release_via_spill_ok type=sk_skb attach=stream_verdict
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
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
out:
    r0 = 1
    exit

.program skbtcp_ptr_arith type=sk_skb attach=stream_verdict
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
    if r0 == 0 goto out
    r0 += 4
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.program cgtcp_release_ok type=cgroup_skb attach=ingress
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
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.program cgtcp_release_ne_ok type=cgroup_skb attach=ingress
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
    if r0 != 0 goto rel
    r0 = 1
    exit
rel:
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.program cgtcp_release_unchecked type=cgroup_skb attach=ingress
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
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.program cgtcp_deref_unchecked type=cgroup_skb attach=ingress
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
    r1 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.program cgtcp_field_after_check_ok type=cgroup_skb attach=ingress
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
    if r0 == 0 goto out
    r7 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.program cgtcp_leak type=cgroup_skb attach=ingress
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
    if r0 == 0 goto out
    r7 = r0
out:
    r0 = 1
    exit

.program cgtcp_leak_unchecked type=cgroup_skb attach=ingress
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
    r0 = 1
    exit

.program cgtcp_leak_one_path type=cgroup_skb attach=ingress
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
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    if r0 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.program cgtcp_double_release type=cgroup_skb attach=ingress
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
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.program cgtcp_use_after_release type=cgroup_skb attach=ingress
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
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = *(u32 *)(r7 + 4)
out:
    r0 = 1
    exit

.program cgtcp_release_via_spill_ok type=cgroup_skb attach=ingress
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
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
out:
    r0 = 1
    exit

.program cgtcp_ptr_arith type=cgroup_skb attach=ingress
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
    if r0 == 0 goto out
    r0 += 4
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_release_ok type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_release_ne_ok type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 != 0 goto rel
    r0 = 1
    exit
rel:
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_release_unchecked type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_deref_unchecked type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    r1 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_field_after_check_ok type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_leak type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_leak_unchecked type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_leak_one_path type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    if r0 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_double_release type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_use_after_release type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = *(u32 *)(r7 + 4)
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_release_via_spill_ok type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program msgmap_ptr_arith type=sk_msg
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r0 += 4
    r1 = r0
    call bpf_sk_release
out:
    r0 = 1
    exit

.program release_ctx_sk_sk_msg type=sk_msg
    r1 = *(u64 *)(r1 + 72)
    call bpf_sk_release
    r0 = 1
    exit

.program release_ctx_sk_sk_reuseport type=sk_reuseport
    r1 = *(u64 *)(r1 + 40)
    call bpf_sk_release
    r0 = 1
    exit

.program release_ctx_sk_sock_ops type=sock_ops
    r1 = *(u64 *)(r1 + 184)
    if r1 == 0 goto out
    call bpf_sk_release
out:
    r0 = 1
    exit

.program release_ctx_sk_cgroup_skb type=cgroup_skb attach=ingress
    r1 = *(u64 *)(r1 + 168)
    if r1 == 0 goto out
    call bpf_sk_release
out:
    r0 = 1
    exit

.program release_ctx_migrating_sk type=sk_reuseport_migrate
    r1 = *(u64 *)(r1 + 48)
    if r1 == 0 goto out
    call bpf_sk_release
out:
    r0 = 1
    exit

.program release_ctx_sk_unchecked_sk_lookup type=sk_lookup
    r1 = *(u64 *)(r1 + 0)
    call bpf_sk_release
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program assign_sockmap_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call bpf_sk_assign
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sh type=sockhash key=4 value=8 entries=4
.program assign_sockhash_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sh ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call bpf_sk_assign
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.program assign_null_ok type=sk_lookup
    r2 = 0
    r3 = 0
    call bpf_sk_assign
    r0 = 1
    exit

.program assign_ctx_sk_or_null_ok type=sk_lookup
    r2 = *(u64 *)(r1 + 0)
    r3 = 0
    call bpf_sk_assign
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program assign_unchecked_ok type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call bpf_sk_assign
    if r7 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program assign_leak type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r1 = r6
    r2 = r0
    r3 = 0
    call bpf_sk_assign
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program assign_after_release type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r6
    r2 = r7
    r3 = 0
    call bpf_sk_assign
out:
    r0 = 1
    exit

.program assign_scalar type=sk_lookup
    r2 = 1
    r3 = 0
    call bpf_sk_assign
    r0 = 1
    exit

.program assign_stack_ptr type=sk_lookup
    r2 = r10
    r2 += -8
    r3 = 0
    call bpf_sk_assign
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program assign_r0_kept_after_release type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call bpf_sk_assign
    r1 = r7
    call bpf_sk_release
    r0 = *(u32 *)(r7 + 4)
out:
    r0 = 1
    exit

.program assign_tc_tcp_ok type=sched_cls
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
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r7
    r3 = 0
    call bpf_sk_assign
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_fullsock_release_original_ok type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    r1 = r0
    call bpf_sk_fullsock
    if r0 == 0 goto rel
    r1 = *(u32 *)(r0 + 4)
rel:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_fullsock_use_after_release type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    r1 = r0
    call bpf_sk_fullsock
    if r0 == 0 goto rel
    r8 = r0
    r1 = r7
    call bpf_sk_release
    r1 = *(u32 *)(r8 + 4)
    goto out
rel:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_read_sock_common_field_ok type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 4)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program skc_read_full_sock_field type=sched_cls
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
    call bpf_skc_lookup_tcp
    if r0 == 0 goto out
    r1 = *(u32 *)(r0 + 8)
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program two_refs_release_one type=sched_cls
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
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_udp
    if r0 == 0 goto rel
    r1 = r0
    call bpf_sk_release
rel:
    r0 = 0
    exit
out:
    r0 = 0
    exit

.program lookup_bad_tuple_size_ok type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -16
    r3 = 7
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program lookup_tuple_uninit type=sched_cls
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    r0 = 0
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_lookup_pass_to_helper_unchecked type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    r1 = r0
    call bpf_sk_fullsock
    r0 = 0
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_lookup_cookie_checked type=sk_lookup
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto out
    r7 = r0
    r1 = *(u64 *)(r0 + 0)
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit
