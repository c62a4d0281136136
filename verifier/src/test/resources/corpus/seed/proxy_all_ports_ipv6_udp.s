# A seed program exported from the DSL by SeedCorpusTest (examples module); regenerate rather than edit.
.license "GPL"
.map proxy type=sockmap key=4 value=8 entries=1
.map exempt_ports type=hash key=4 value=1 entries=64
.program proxy_udp type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 17 goto L21
	w3 = *(u32 *)(r1 + 8)
	if w3 != 10 goto L21
	w4 = *(u32 *)(r1 + 44)
	if w4 != -1207107296 goto L21
	w5 = *(u32 *)(r1 + 48)
	if w5 != 0 goto L21
	w2 = *(u32 *)(r1 + 52)
	if w2 != 0 goto L21
	w2 = *(u32 *)(r1 + 56)
	if w2 != 16777216 goto L21
	w2 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w2
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L23
L21:
	w0 = 1
	exit
L23:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L21
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L21
