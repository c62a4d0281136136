# A seed program exported from the DSL by SeedCorpusTest (examples module); regenerate rather than edit.
.license "GPL"
.map group type=sockmap key=4 value=8 entries=4
.program select_hash type=sk_reuseport attach=sk_reuseport_select
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
