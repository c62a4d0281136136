# A seed program exported from the DSL by SeedCorpusTest (examples module); regenerate rather than edit.
.license "GPL"
.map proxy type=sockmap key=4 value=8 entries=1
.map exempt_ports type=hash key=4 value=1 entries=64
.program proxy_tcp type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L15
