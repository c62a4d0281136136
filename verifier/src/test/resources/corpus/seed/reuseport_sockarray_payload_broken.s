# Broken variants of reuseport_sockarray_payload.s, each refused by the kernel; written by hand.
.license "GPL"
.map group type=reuseport_sockarray key=4 value=8 entries=4
.map group_a type=array key=4 value=8 entries=4
.program select_payload_oob_packet type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	*(u32 *)(r10 - 8) = 8
	w2 = *(u32 *)(r1 + 24)
	if w2 != 6 goto L16
	r7 = *(u64 *)(r1 + 0)
	r3 = *(u64 *)(r1 + 8)
	r4 = r7
	r4 += 12
	if r4 > r3 goto L14
	w3 = *(u8 *)(r7 + 12)
	w3 >>= 4
	w3 <<= 2
	*(u32 *)(r10 - 8) = w3
	goto L16
L14:
	w0 = 0
	exit
L16:
	*(u32 *)(r10 - 16) = 0
	w2 = *(u32 *)(r10 - 8)
	r3 = r10
	r3 += -16
	r4 = 1
	call bpf_skb_load_bytes
	if r0 != 0 goto L14
	r2 = group ll
	r3 = r10
	r3 += -16
	r4 = 0
	r1 = r6
	call bpf_sk_select_reuseport
	if r0 != 0 goto L14
	w0 = 1
	exit

.program select_payload_wrong_map_array type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	*(u32 *)(r10 - 8) = 8
	w2 = *(u32 *)(r1 + 24)
	if w2 != 6 goto L16
	r7 = *(u64 *)(r1 + 0)
	r3 = *(u64 *)(r1 + 8)
	r4 = r7
	r4 += 13
	if r4 > r3 goto L14
	w3 = *(u8 *)(r7 + 12)
	w3 >>= 4
	w3 <<= 2
	*(u32 *)(r10 - 8) = w3
	goto L16
L14:
	w0 = 0
	exit
L16:
	*(u32 *)(r10 - 16) = 0
	w2 = *(u32 *)(r10 - 8)
	r3 = r10
	r3 += -16
	r4 = 1
	call bpf_skb_load_bytes
	if r0 != 0 goto L14
	r2 = group_a ll
	r3 = r10
	r3 += -16
	r4 = 0
	r1 = r6
	call bpf_sk_select_reuseport
	if r0 != 0 goto L14
	w0 = 1
	exit

.program select_payload_lookup_in_sockarray type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	*(u32 *)(r10 - 8) = 8
	w2 = *(u32 *)(r1 + 24)
	if w2 != 6 goto L16
	r7 = *(u64 *)(r1 + 0)
	r3 = *(u64 *)(r1 + 8)
	r4 = r7
	r4 += 13
	if r4 > r3 goto L14
	w3 = *(u8 *)(r7 + 12)
	w3 >>= 4
	w3 <<= 2
	*(u32 *)(r10 - 8) = w3
	goto L16
L14:
	w0 = 0
	exit
L16:
	*(u32 *)(r10 - 16) = 0
	w2 = *(u32 *)(r10 - 8)
	r3 = r10
	r3 += -16
	r4 = 1
	call bpf_skb_load_bytes
	if r0 != 0 goto L14
	r2 = group ll
	r3 = r10
	r3 += -16
	r4 = 0
	r1 = r6
	call bpf_sk_select_reuseport
	r1 = group ll
	r2 = r10
	r2 += -16
	call bpf_map_lookup_elem
	if r0 != 0 goto L14
	w0 = 1
	exit

.program select_payload_key_not_pointer type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	*(u32 *)(r10 - 8) = 8
	w2 = *(u32 *)(r1 + 24)
	if w2 != 6 goto L16
	r7 = *(u64 *)(r1 + 0)
	r3 = *(u64 *)(r1 + 8)
	r4 = r7
	r4 += 13
	if r4 > r3 goto L14
	w3 = *(u8 *)(r7 + 12)
	w3 >>= 4
	w3 <<= 2
	*(u32 *)(r10 - 8) = w3
	goto L16
L14:
	w0 = 0
	exit
L16:
	*(u32 *)(r10 - 16) = 0
	w2 = *(u32 *)(r10 - 8)
	r3 = r10
	r3 += -16
	r4 = 1
	call bpf_skb_load_bytes
	if r0 != 0 goto L14
	r2 = group ll
	r3 = 0
	r4 = 0
	r1 = r6
	call bpf_sk_select_reuseport
	if r0 != 0 goto L14
	w0 = 1
	exit

.program select_payload_ctx_write type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r2 = 0
	*(u32 *)(r1 + 16) = r2
	*(u32 *)(r10 - 8) = 8
	w2 = *(u32 *)(r1 + 24)
	if w2 != 6 goto L16
	r7 = *(u64 *)(r1 + 0)
	r3 = *(u64 *)(r1 + 8)
	r4 = r7
	r4 += 13
	if r4 > r3 goto L14
	w3 = *(u8 *)(r7 + 12)
	w3 >>= 4
	w3 <<= 2
	*(u32 *)(r10 - 8) = w3
	goto L16
L14:
	w0 = 0
	exit
L16:
	*(u32 *)(r10 - 16) = 0
	w2 = *(u32 *)(r10 - 8)
	r3 = r10
	r3 += -16
	r4 = 1
	call bpf_skb_load_bytes
	if r0 != 0 goto L14
	r2 = group ll
	r3 = r10
	r3 += -16
	r4 = 0
	r1 = r6
	call bpf_sk_select_reuseport
	if r0 != 0 goto L14
	w0 = 1
	exit
