.program null_check_jmp32 type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if w0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program null_check_on_copy_ok type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    r7 = r0
    if r7 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program compare_with_one type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 1 goto out
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit

.program compare_two_sockets type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == r7 goto both
    if r0 == 0 goto one
both:
    r1 = r0
    call bpf_sk_release
one:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program ref_overwritten_on_stack type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    r0 = 0
    *(u64 *)(r10 - 24) = r0
out:
    r0 = 0
    exit

.map av type=array key=4 value=16 entries=1
.program ref_stored_in_map_value type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    *(u32 *)(r10 - 20) = 0
    r2 = r10
    r2 += -20
    r1 = av ll
    call bpf_map_lookup_elem
    if r0 == 0 goto rel
    *(u64 *)(r0 + 0) = r7
rel:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program ref_kept_across_helper_ok type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program release_via_fullsock type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
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
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit
rel:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program tcp_sock_after_release type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    r1 = r0
    call bpf_tcp_sock
    if r0 == 0 goto rel
    r8 = r0
    r1 = r7
    call bpf_sk_release
    r0 = *(u32 *)(r8 + 0)
    r0 = 0
    exit
rel:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program listener_of_ref_ok type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    r1 = r0
    call bpf_get_listener_sock
    if r0 == 0 goto rel
    r1 = *(u32 *)(r0 + 4)
rel:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program release_btf_tcp_sock type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    r1 = r0
    call bpf_skc_to_tcp_sock
    if r0 == 0 goto rel
    r1 = r0
    call bpf_sk_release
rel:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program release_reverse_order_ok type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto one
    r8 = r0
    r1 = r7
    call bpf_sk_release
    r1 = r8
    call bpf_sk_release
    r0 = 0
    exit
one:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program both_paths_release_ok type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    call bpf_get_prandom_u32
    if r0 == 0 goto b
    r1 = r7
    call bpf_sk_release
    goto out
b:
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program merged_null_or_sock_ok type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto a
    r7 = r0
    goto b
a:
    r7 = 0
b:
    if r7 == 0 goto out
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program ref_into_subprog_released_ok type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r1 = r0
    call rel
out:
    r0 = 0
    exit
.func rel
    call bpf_sk_release
    r0 = 0
    exit

.program ref_acquired_in_subprog_returned type=sched_cls
    r6 = r1
    call get
    if r0 == 0 goto out
    r1 = r0
    call bpf_sk_release
out:
    r0 = 0
    exit
.func get
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    exit

.program ref_leaked_in_subprog type=sched_cls
    call get
    r0 = 0
    exit
.func get
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    r0 = 0
    exit

.program sk_assign_tc_null type=sched_cls
    r2 = 0
    r3 = 0
    call bpf_sk_assign
    r0 = 0
    exit

.program sk_assign_tc_ctx_sk type=sched_cls
    r6 = r1
    r2 = *(u64 *)(r1 + 168)
    if r2 == 0 goto out
    r1 = r6
    r3 = 0
    call bpf_sk_assign
out:
    r0 = 0
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sk_assign_lookup_twice_ok type=sk_lookup
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
    r1 = r6
    r2 = r7
    r3 = 1
    call bpf_sk_assign
    r1 = r7
    call bpf_sk_release
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sk_lookup_assign_then_drop_ok type=sk_lookup
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
    r0 = 0
    exit

.program sk_lookup_ctx_sk_field_reads_ok type=sk_lookup
    r2 = *(u64 *)(r1 + 0)
    if r2 == 0 goto out
    r3 = *(u32 *)(r2 + 4)
    r3 = *(u32 *)(r2 + 16)
    r3 = *(u32 *)(r2 + 44)
out:
    r0 = 1
    exit

.program sk_msg_ctx_sk_fields_ok type=sk_msg
    r2 = *(u64 *)(r1 + 72)
    r3 = *(u32 *)(r2 + 4)
    r3 = *(u32 *)(r2 + 8)
    r0 = 1
    exit

.program sk_msg_ctx_sk_release type=sk_msg
    r6 = r1
    r1 = *(u64 *)(r6 + 72)
    call bpf_sk_fullsock
    r0 = 1
    exit

.program sk_reuseport_ctx_sk_fields_ok type=sk_reuseport
    r2 = *(u64 *)(r1 + 40)
    r3 = *(u32 *)(r2 + 4)
    r3 = *(u16 *)(r2 + 44)
    r0 = 1
    exit

.program migrating_sk_checked_fields_ok type=sk_reuseport_migrate
    r2 = *(u64 *)(r1 + 48)
    if r2 == 0 goto out
    r3 = *(u32 *)(r2 + 4)
out:
    r0 = 1
    exit

.program migrating_sk_full_field type=sk_reuseport_migrate
    r2 = *(u64 *)(r1 + 48)
    if r2 == 0 goto out
    r3 = *(u32 *)(r2 + 8)
out:
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program migrating_sk_to_select type=sk_reuseport_migrate
    r6 = r1
    *(u32 *)(r10 - 4) = 0
    r2 = sm ll
    r3 = r10
    r3 += -4
    r4 = 0
    call bpf_sk_select_reuseport
    r0 = 1
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_lookup_in_loop_ok type=sched_cls
    r6 = 0
loop:
    *(u32 *)(r10 - 4) = r6
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto next
    r1 = r0
    call bpf_sk_release
next:
    r6 += 1
    if r6 < 4 goto loop
    r0 = 0
    exit

.map sm type=sockmap key=4 value=8 entries=4
.program sockmap_lookup_in_loop_leak type=sched_cls
    r6 = 0
loop:
    *(u32 *)(r10 - 4) = r6
    r2 = r10
    r2 += -4
    r1 = sm ll
    call bpf_map_lookup_elem
    if r0 == 0 goto next
    r7 = r0
    if r6 == 2 goto next
    r1 = r0
    call bpf_sk_release
next:
    r6 += 1
    if r6 < 4 goto loop
    r0 = 0
    exit

.program sock_read_after_null_branch_deref type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 != 0 goto rel
    r1 = *(u32 *)(r0 + 4)
    r0 = 0
    exit
rel:
    r1 = r0
    call bpf_sk_release
    r0 = 0
    exit

.program sock_spill_partial_overwrite type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    *(u64 *)(r10 - 24) = r0
    *(u32 *)(r10 - 24) = 0
    r1 = *(u64 *)(r10 - 24)
    call bpf_sk_release
out:
    r0 = 0
    exit

.program sock_32bit_spill type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    *(u32 *)(r10 - 24) = r0
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.map av type=array key=4 value=16 entries=1
.program sock_as_map_key type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    r1 = av ll
    r2 = r7
    call bpf_map_lookup_elem
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program cookie_of_ref_tc type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    r7 = r0
    r1 = r6
    call bpf_get_socket_cookie
    r1 = r7
    call bpf_sk_release
out:
    r0 = 0
    exit

.program ref_in_r0_returned type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    exit

.program ref_checked_returned type=sched_cls
    r6 = r1
    *(u32 *)(r10 - 16) = 0
    *(u32 *)(r10 - 12) = 0
    *(u32 *)(r10 - 8) = 0
    *(u32 *)(r10 - 4) = 0
    r1 = r6
    r2 = r10
    r2 += -16
    r3 = 12
    r4 = -1
    r5 = 0
    call bpf_sk_lookup_tcp
    if r0 == 0 goto out
    exit
out:
    r0 = 0
    exit
