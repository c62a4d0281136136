# A seed program exported from the DSL by SeedCorpusTest (examples module); regenerate rather than edit.
.license "GPL"
.map services type=sockmap key=4 value=8 entries=2
.program svc_v4_tcp type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L15
