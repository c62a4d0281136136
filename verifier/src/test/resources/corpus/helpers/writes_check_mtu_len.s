# bpf_check_mtu writes its mtu_len argument: the 0 stored there is forgotten, so the branch on it
# goes both ways and the read of the unset r9 is reached.
.license "GPL"
.program p type=sched_cls
	*(u32 *)(r10 - 4) = 0
	r2 = 0
	r3 = r10
	r3 += -4
	r4 = 0
	r5 = 0
	call bpf_check_mtu
	r1 = *(u32 *)(r10 - 4)
	if r1 == 0 goto L1
	r0 = *(u64 *)(r9 + 0)
L1:
	r0 = 0
	exit
