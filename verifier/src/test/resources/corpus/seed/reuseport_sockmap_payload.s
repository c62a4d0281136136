# A seed program exported from the DSL by SeedCorpusTest (examples module); regenerate rather than edit.
.license "GPL"
.map group type=sockmap key=4 value=8 entries=4
.program select_payload type=sk_reuseport attach=sk_reuseport_select
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
	w0 = 1
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
	goto L14
