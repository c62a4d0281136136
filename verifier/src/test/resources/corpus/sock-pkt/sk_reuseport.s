.program reuseport_read_checked_ok type=sk_reuseport
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 8
    if r4 > r3 goto out
    r5 = *(u64 *)(r2 + 0)
out:
    r0 = 1
    exit

.program reuseport_read_unchecked type=sk_reuseport
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit

.program reuseport_read_past_check type=sk_reuseport
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 8
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 8)
out:
    r0 = 1
    exit

.program reuseport_write_checked type=sk_reuseport
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 8
    if r4 > r3 goto out
    r5 = 0
    *(u8 *)(r2 + 0) = r5
out:
    r0 = 1
    exit

.program reuseport_data_end_deref type=sk_reuseport
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r5 = *(u8 *)(r3 + 0)
out:
    r0 = 1
    exit

.program reuseport_reversed_check_ok type=sk_reuseport
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 2
    if r3 < r4 goto out
    r5 = *(u16 *)(r2 + 0)
out:
    r0 = 1
    exit

.program reuseport_load_bytes_ok type=sk_reuseport
    *(u64 *)(r10 - 8) = 0
    r2 = 0
    r3 = r10
    r3 += -8
    r4 = 8
    call bpf_skb_load_bytes
    r0 = 1
    exit

.program reuseport_load_bytes_relative_ok type=sk_reuseport
    r2 = 0
    r3 = r10
    r3 += -8
    r4 = 8
    r5 = 1
    call bpf_skb_load_bytes_relative
    r0 = 1
    exit

.program reuseport_migrate_read_checked_ok type=sk_reuseport_migrate
    r6 = r1
    r2 = *(u64 *)(r1 + 0)
    r3 = *(u64 *)(r1 + 8)
    r4 = r2
    r4 += 1
    if r4 > r3 goto out
    r5 = *(u8 *)(r2 + 0)
out:
    r0 = 1
    exit
