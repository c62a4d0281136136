# A seed program exported from the DSL by SeedCorpusTest (examples module); regenerate rather than edit.
.license "GPL"
.map services type=sockmap key=4 value=8 entries=2
.program svc_v6_udp type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 17 goto L20
	w3 = *(u32 *)(r1 + 8)
	if w3 != 10 goto L20
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L20
	w5 = *(u32 *)(r1 + 44)
	if w5 != -1207107296 goto L14
	w2 = *(u32 *)(r1 + 48)
	w2 &= 65535
	if w2 != 2560 goto L14
	*(u32 *)(r10 - 8) = 0
	goto L22
L14:
	if w5 != -1207107296 goto L20
	w2 = *(u32 *)(r1 + 48)
	w2 &= 65535
	if w2 != 2816 goto L20
	*(u32 *)(r10 - 8) = 1
	goto L22
L20:
	w0 = 1
	exit
L22:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L20
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L20
