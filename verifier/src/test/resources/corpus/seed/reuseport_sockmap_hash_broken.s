# Broken variants of reuseport_sockmap_hash.s, each refused by the kernel; written by hand.
.license "GPL"
.map group type=sockmap key=4 value=8 entries=4
.map group_a type=array key=4 value=8 entries=4
.program select_hash_key_null type=sk_reuseport attach=sk_reuseport_select
	w2 = *(u32 *)(r1 + 32)
	w2 &= 3
	*(u32 *)(r10 - 4) = w2
	r2 = group ll
	r3 = 0
	r4 = 0
	call bpf_sk_select_reuseport
	if r0 == 0 goto L12
	w0 = 0
	exit
L12:
	w0 = 1
	exit

.program select_hash_wrong_map_array type=sk_reuseport attach=sk_reuseport_select
	w2 = *(u32 *)(r1 + 32)
	w2 &= 3
	*(u32 *)(r10 - 4) = w2
	r2 = group_a ll
	r3 = r10
	r3 += -4
	r4 = 0
	call bpf_sk_select_reuseport
	if r0 == 0 goto L12
	w0 = 0
	exit
L12:
	w0 = 1
	exit

.program select_hash_release_ctx_sk type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r1 = *(u64 *)(r1 + 40)
	call bpf_sk_release
	r1 = r6
	w2 = *(u32 *)(r1 + 32)
	w2 &= 3
	*(u32 *)(r10 - 4) = w2
	r2 = group ll
	r3 = r10
	r3 += -4
	r4 = 0
	call bpf_sk_select_reuseport
	if r0 == 0 goto L12
	w0 = 0
	exit
L12:
	w0 = 1
	exit

.program select_hash_ctx_hash_wide type=sk_reuseport attach=sk_reuseport_select
	r2 = *(u64 *)(r1 + 32)
	w2 &= 3
	*(u32 *)(r10 - 4) = w2
	r2 = group ll
	r3 = r10
	r3 += -4
	r4 = 0
	call bpf_sk_select_reuseport
	if r0 == 0 goto L12
	w0 = 0
	exit
L12:
	w0 = 1
	exit

.program select_hash_migrating_sk_deref type=sk_reuseport attach=sk_reuseport_select
	r5 = *(u64 *)(r1 + 48)
	w5 = *(u32 *)(r5 + 4)
	w2 = *(u32 *)(r1 + 32)
	w2 &= 3
	*(u32 *)(r10 - 4) = w2
	r2 = group ll
	r3 = r10
	r3 += -4
	r4 = 0
	call bpf_sk_select_reuseport
	if r0 == 0 goto L12
	w0 = 0
	exit
L12:
	w0 = 1
	exit
