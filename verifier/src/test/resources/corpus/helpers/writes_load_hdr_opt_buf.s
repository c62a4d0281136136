# bpf_load_hdr_opt fills its (initialised) search buffer: what the program stored there is forgotten.
.license "GPL"
.program p type=sock_ops
	*(u64 *)(r10 - 8) = 0
	r2 = r10
	r2 += -8
	r3 = 8
	r4 = 0
	call bpf_load_hdr_opt
	r1 = *(u64 *)(r10 - 8)
	if r1 == 0 goto L1
	r0 = *(u64 *)(r9 + 0)
L1:
	r0 = 1
	exit
