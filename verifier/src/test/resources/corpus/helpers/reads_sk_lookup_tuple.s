# The socket lookups only read their tuple: the 0 stored next to it is still known afterwards.
.license "GPL"
.program p type=sched_cls
	*(u64 *)(r10 - 8) = 0
	*(u64 *)(r10 - 16) = 0
	r2 = r10
	r2 += -16
	r3 = 16
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	if r0 == 0 goto L2
	r1 = r0
	call bpf_sk_release
L2:
	r1 = *(u64 *)(r10 - 8)
	if r1 == 0 goto L1
	r0 = *(u64 *)(r9 + 0)
L1:
	r0 = 0
	exit
