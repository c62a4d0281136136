.program msg_read_checked_ok type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    r5 = *(u32 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_read_unchecked type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_read_past_check type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    r5 = *(u32 *)(r2 + 2)
out:
    r0 = 1
    exit

.program msg_read_wrong_branch type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 <= r3 goto out
    r5 = *(u32 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_write_checked_ok type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    r5 = 7
    *(u8 *)(r2 + 3) = r5
out:
    r0 = 1
    exit

.program msg_store_imm_checked_ok type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    *(u16 *)(r2 + 2) = 7
out:
    r0 = 1
    exit

.program msg_write_unchecked type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r5 = 7
    *(u8 *)(r2 + 0) = r5
out:
    r0 = 1
    exit

.program msg_data_end_deref type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r5 = *(u8 *)(r3 + 0)
out:
    r0 = 1
    exit

.program msg_data_end_arith type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r3 += -4
out:
    r0 = 1
    exit

.program msg_negative_offset type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 - 1)
out:
    r0 = 1
    exit

.program msg_var_offset_after_check_ok type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r5 = *(u32 *)(r6 + 68)
    r5 &= 15
    r2 += r5
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_var_offset_before_check type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 16
    if r4 > r3 goto out
    r5 = *(u32 *)(r6 + 68)
    r5 &= 15
    r2 += r5
    r5 = *(u8 *)(r2 + 1)
out:
    r0 = 1
    exit

.program msg_pull_data_invalidates_data type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    r7 = r2
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_pull_data
    r5 = *(u8 *)(r7 + 0)
out:
    r0 = 1
    exit

.program msg_pull_data_invalidates_spilled type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    *(u64 *)(r10 - 8) = r2
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_pull_data
    r2 = *(u64 *)(r10 - 8)
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_pull_data_reload_ok type=sk_msg
    r6 = r1
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_pull_data
    r2 = *(u64 *)(r6 + 0)
    r3 = *(u64 *)(r6 + 8)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_pull_data_stale_end type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_pull_data
    r2 = *(u64 *)(r6 + 0)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_push_data_invalidates_data type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    r7 = r2
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_push_data
    r5 = *(u8 *)(r7 + 0)
out:
    r0 = 1
    exit

.program msg_push_data_invalidates_spilled type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    *(u64 *)(r10 - 8) = r2
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_push_data
    r2 = *(u64 *)(r10 - 8)
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_push_data_reload_ok type=sk_msg
    r6 = r1
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_push_data
    r2 = *(u64 *)(r6 + 0)
    r3 = *(u64 *)(r6 + 8)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_push_data_stale_end type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_push_data
    r2 = *(u64 *)(r6 + 0)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_pop_data_invalidates_data type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    r7 = r2
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_pop_data
    r5 = *(u8 *)(r7 + 0)
out:
    r0 = 1
    exit

.program msg_pop_data_invalidates_spilled type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    *(u64 *)(r10 - 8) = r2
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_pop_data
    r2 = *(u64 *)(r10 - 8)
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_pop_data_reload_ok type=sk_msg
    r6 = r1
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_pop_data
    r2 = *(u64 *)(r6 + 0)
    r3 = *(u64 *)(r6 + 8)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_pop_data_stale_end type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r1 = r6
    r2 = 0
    r3 = 8
    r4 = 0
    call bpf_msg_pop_data
    r2 = *(u64 *)(r6 + 0)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program msg_apply_bytes_keeps_data_ok type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    r7 = r2
    r1 = r6
    r2 = 4
    call bpf_msg_apply_bytes
    r5 = *(u8 *)(r7 + 0)
out:
    r0 = 1
    exit

.program msg_cork_bytes_keeps_data_ok type=sk_msg
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 4
    if r4 > r3 goto out
    r7 = r2
    r1 = r6
    r2 = 4
    call bpf_msg_cork_bytes
    r5 = *(u8 *)(r7 + 0)
out:
    r0 = 1
    exit
