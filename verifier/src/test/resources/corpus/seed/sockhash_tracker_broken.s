# Broken variants of sockhash_tracker.s, each refused by the kernel; written by hand.
.license "GPL"
.map peers_sm type=sockmap key=4 value=8 entries=16
.map peers_h type=hash key=44 value=8 entries=16
.map peers type=sockhash key=44 value=8 entries=1024
.program track_tuples_wrong_map_sockmap type=sock_ops attach=cgroup_sock_ops
	w2 = *(u32 *)(r1 + 0)
	if w2 == 4 goto L3
	if w2 != 5 goto L44
L3:
	w3 = *(u32 *)(r1 + 20)
	*(u32 *)(r10 - 48) = w3
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w3 != 2 goto L17
	w4 = *(u32 *)(r1 + 28)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 24)
	*(u32 *)(r10 - 28) = w5
	goto L33
L17:
	w4 = *(u32 *)(r1 + 48)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 52)
	*(u32 *)(r10 - 40) = w5
	w2 = *(u32 *)(r1 + 56)
	*(u32 *)(r10 - 36) = w2
	w2 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 32) = w2
	w2 = *(u32 *)(r1 + 32)
	*(u32 *)(r10 - 28) = w2
	w2 = *(u32 *)(r1 + 36)
	*(u32 *)(r10 - 24) = w2
	w2 = *(u32 *)(r1 + 40)
	*(u32 *)(r10 - 20) = w2
	w2 = *(u32 *)(r1 + 44)
	*(u32 *)(r10 - 16) = w2
L33:
	w2 = *(u32 *)(r1 + 68)
	*(u32 *)(r10 - 12) = w2
	w4 = *(u32 *)(r1 + 64)
	r4 = be32 r4
	*(u32 *)(r10 - 8) = w4
	r2 = peers_sm ll
	r3 = r10
	r3 += -48
	r4 = 0
	call bpf_sock_hash_update
L44:
	w0 = 1
	exit

.program track_tuples_wrong_map_hash type=sock_ops attach=cgroup_sock_ops
	w2 = *(u32 *)(r1 + 0)
	if w2 == 4 goto L3
	if w2 != 5 goto L44
L3:
	w3 = *(u32 *)(r1 + 20)
	*(u32 *)(r10 - 48) = w3
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w3 != 2 goto L17
	w4 = *(u32 *)(r1 + 28)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 24)
	*(u32 *)(r10 - 28) = w5
	goto L33
L17:
	w4 = *(u32 *)(r1 + 48)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 52)
	*(u32 *)(r10 - 40) = w5
	w2 = *(u32 *)(r1 + 56)
	*(u32 *)(r10 - 36) = w2
	w2 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 32) = w2
	w2 = *(u32 *)(r1 + 32)
	*(u32 *)(r10 - 28) = w2
	w2 = *(u32 *)(r1 + 36)
	*(u32 *)(r10 - 24) = w2
	w2 = *(u32 *)(r1 + 40)
	*(u32 *)(r10 - 20) = w2
	w2 = *(u32 *)(r1 + 44)
	*(u32 *)(r10 - 16) = w2
L33:
	w2 = *(u32 *)(r1 + 68)
	*(u32 *)(r10 - 12) = w2
	w4 = *(u32 *)(r1 + 64)
	r4 = be32 r4
	*(u32 *)(r10 - 8) = w4
	r2 = peers_h ll
	r3 = r10
	r3 += -48
	r4 = 0
	call bpf_sock_hash_update
L44:
	w0 = 1
	exit

.program track_tuples_ctx_write_op type=sock_ops attach=cgroup_sock_ops
	w2 = 0
	*(u32 *)(r1 + 0) = w2
	if w2 == 4 goto L3
	if w2 != 5 goto L44
L3:
	w3 = *(u32 *)(r1 + 20)
	*(u32 *)(r10 - 48) = w3
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w3 != 2 goto L17
	w4 = *(u32 *)(r1 + 28)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 24)
	*(u32 *)(r10 - 28) = w5
	goto L33
L17:
	w4 = *(u32 *)(r1 + 48)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 52)
	*(u32 *)(r10 - 40) = w5
	w2 = *(u32 *)(r1 + 56)
	*(u32 *)(r10 - 36) = w2
	w2 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 32) = w2
	w2 = *(u32 *)(r1 + 32)
	*(u32 *)(r10 - 28) = w2
	w2 = *(u32 *)(r1 + 36)
	*(u32 *)(r10 - 24) = w2
	w2 = *(u32 *)(r1 + 40)
	*(u32 *)(r10 - 20) = w2
	w2 = *(u32 *)(r1 + 44)
	*(u32 *)(r10 - 16) = w2
L33:
	w2 = *(u32 *)(r1 + 68)
	*(u32 *)(r10 - 12) = w2
	w4 = *(u32 *)(r1 + 64)
	r4 = be32 r4
	*(u32 *)(r10 - 8) = w4
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 0
	call bpf_sock_hash_update
L44:
	w0 = 1
	exit

.program track_tuples_ctx_narrow_family type=sock_ops attach=cgroup_sock_ops
	w2 = *(u32 *)(r1 + 0)
	if w2 == 4 goto L3
	if w2 != 5 goto L44
L3:
	w3 = *(u8 *)(r1 + 20)
	*(u32 *)(r10 - 48) = w3
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w3 != 2 goto L17
	w4 = *(u32 *)(r1 + 28)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 24)
	*(u32 *)(r10 - 28) = w5
	goto L33
L17:
	w4 = *(u32 *)(r1 + 48)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 52)
	*(u32 *)(r10 - 40) = w5
	w2 = *(u32 *)(r1 + 56)
	*(u32 *)(r10 - 36) = w2
	w2 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 32) = w2
	w2 = *(u32 *)(r1 + 32)
	*(u32 *)(r10 - 28) = w2
	w2 = *(u32 *)(r1 + 36)
	*(u32 *)(r10 - 24) = w2
	w2 = *(u32 *)(r1 + 40)
	*(u32 *)(r10 - 20) = w2
	w2 = *(u32 *)(r1 + 44)
	*(u32 *)(r10 - 16) = w2
L33:
	w2 = *(u32 *)(r1 + 68)
	*(u32 *)(r10 - 12) = w2
	w4 = *(u32 *)(r1 + 64)
	r4 = be32 r4
	*(u32 *)(r10 - 8) = w4
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 0
	call bpf_sock_hash_update
L44:
	w0 = 1
	exit

.program track_tuples_key_short_stack type=sock_ops attach=cgroup_sock_ops
	w2 = *(u32 *)(r1 + 0)
	if w2 == 4 goto L3
	if w2 != 5 goto L44
L3:
	w3 = *(u32 *)(r1 + 20)
	*(u32 *)(r10 - 48) = w3
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w3 != 2 goto L17
	w4 = *(u32 *)(r1 + 28)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 24)
	*(u32 *)(r10 - 28) = w5
	goto L33
L17:
	w4 = *(u32 *)(r1 + 48)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 52)
	*(u32 *)(r10 - 40) = w5
	w2 = *(u32 *)(r1 + 56)
	*(u32 *)(r10 - 36) = w2
	w2 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 32) = w2
	w2 = *(u32 *)(r1 + 32)
	*(u32 *)(r10 - 28) = w2
	w2 = *(u32 *)(r1 + 36)
	*(u32 *)(r10 - 24) = w2
	w2 = *(u32 *)(r1 + 40)
	*(u32 *)(r10 - 20) = w2
	w2 = *(u32 *)(r1 + 44)
	*(u32 *)(r10 - 16) = w2
L33:
	w2 = *(u32 *)(r1 + 68)
	*(u32 *)(r10 - 12) = w2
	w4 = *(u32 *)(r1 + 64)
	r4 = be32 r4
	*(u32 *)(r10 - 8) = w4
	r2 = peers ll
	r3 = r10
	r3 += -40
	r4 = 0
	call bpf_sock_hash_update
L44:
	w0 = 1
	exit

.program track_tuples_ctx_clobbered type=sock_ops attach=cgroup_sock_ops
	w2 = *(u32 *)(r1 + 0)
	if w2 == 4 goto L3
	if w2 != 5 goto L44
L3:
	w3 = *(u32 *)(r1 + 20)
	*(u32 *)(r10 - 48) = w3
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w3 != 2 goto L17
	w4 = *(u32 *)(r1 + 28)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 24)
	*(u32 *)(r10 - 28) = w5
	goto L33
L17:
	w4 = *(u32 *)(r1 + 48)
	*(u32 *)(r10 - 44) = w4
	w5 = *(u32 *)(r1 + 52)
	*(u32 *)(r10 - 40) = w5
	w2 = *(u32 *)(r1 + 56)
	*(u32 *)(r10 - 36) = w2
	w2 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 32) = w2
	w2 = *(u32 *)(r1 + 32)
	*(u32 *)(r10 - 28) = w2
	w2 = *(u32 *)(r1 + 36)
	*(u32 *)(r10 - 24) = w2
	w2 = *(u32 *)(r1 + 40)
	*(u32 *)(r10 - 20) = w2
	w2 = *(u32 *)(r1 + 44)
	*(u32 *)(r10 - 16) = w2
L33:
	w2 = *(u32 *)(r1 + 68)
	*(u32 *)(r10 - 12) = w2
	w4 = *(u32 *)(r1 + 64)
	r4 = be32 r4
	*(u32 *)(r10 - 8) = w4
	r1 = 0
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 0
	call bpf_sock_hash_update
L44:
	w0 = 1
	exit
