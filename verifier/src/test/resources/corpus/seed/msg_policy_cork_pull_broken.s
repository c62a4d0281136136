# Broken variants of msg_policy_cork_pull.s, each refused by the kernel; written by hand.
.license "GPL"
.map peers type=sockhash key=44 value=8 entries=1024
.map peers_sm type=sockmap key=4 value=8 entries=16
.map peers_h type=hash key=44 value=8 entries=16
.program msg_policy_stale_data_after_pull type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	r1 = r6
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	w1 = *(u8 *)(r8 + 0)
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_oob_packet type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 10)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_unchecked_packet type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_data_end_deref type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r1 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_wrong_map_sockmap type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers_sm ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_wrong_map_hash type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers_h ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_r0_read_uninit type=sk_msg attach=sk_msg_verdict
	r6 = r1
	r0 += 1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_ctx_write type=sk_msg attach=sk_msg_verdict
	r6 = r1
	r2 = 0
	*(u32 *)(r1 + 68) = r2
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_ctx_narrow_size type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u16 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_key_stack_oob type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers ll
	r3 = r10
	r3 += -8
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_cork_without_ctx type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r1 = 0
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = peers ll
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit

.program msg_policy_redirect_map_not_map type=sk_msg attach=sk_msg_verdict
	r6 = r1
	w2 = *(u32 *)(r1 + 68)
	if w2 >= 10 goto L7
	r2 = 10
	call bpf_msg_cork_bytes
	w0 = 1
	exit
L7:
	r2 = 0
	r3 = 10
	r4 = 0
	call bpf_msg_pull_data
	if r0 == 0 goto L14
L12:
	w0 = 0
	exit
L14:
	r8 = *(u64 *)(r6 + 0)
	r1 = *(u64 *)(r6 + 8)
	r2 = r8
	r2 += 10
	if r2 > r1 goto L12
	w1 = *(u8 *)(r8 + 0)
	if w1 != 72 goto L12
	w1 = *(u32 *)(r6 + 16)
	*(u32 *)(r10 - 48) = w1
	*(u32 *)(r10 - 44) = 0
	*(u64 *)(r10 - 40) = 0
	*(u64 *)(r10 - 32) = 0
	*(u64 *)(r10 - 24) = 0
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	if w1 != 2 goto L35
	w2 = *(u32 *)(r6 + 24)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 20)
	*(u32 *)(r10 - 44) = w3
	goto L51
L35:
	w2 = *(u32 *)(r6 + 44)
	*(u32 *)(r10 - 28) = w2
	w3 = *(u32 *)(r6 + 48)
	*(u32 *)(r10 - 24) = w3
	w4 = *(u32 *)(r6 + 52)
	*(u32 *)(r10 - 20) = w4
	w5 = *(u32 *)(r6 + 56)
	*(u32 *)(r10 - 16) = w5
	w1 = *(u32 *)(r6 + 28)
	*(u32 *)(r10 - 44) = w1
	w1 = *(u32 *)(r6 + 32)
	*(u32 *)(r10 - 40) = w1
	w1 = *(u32 *)(r6 + 36)
	*(u32 *)(r10 - 36) = w1
	w1 = *(u32 *)(r6 + 40)
	*(u32 *)(r10 - 32) = w1
L51:
	w1 = *(u32 *)(r6 + 64)
	*(u32 *)(r10 - 8) = w1
	w2 = *(u32 *)(r6 + 60)
	r2 = be32 r2
	*(u32 *)(r10 - 12) = w2
	r2 = r6
	r3 = r10
	r3 += -48
	r4 = 1
	r1 = r6
	call bpf_msg_redirect_hash
	exit
