# r4 = r2; w4 += 1: the 32-bit add keeps r4 linked to r2, so r2 == 5 also bounds r4.
.license "GPL"
.program p type=sched_cls
	w2 = *(u32 *)(r1 + 0)
	r4 = r2
	w4 += 1
	if r2 != 5 goto L9
	r3 = r10
	r3 += -8
	r3 += r4
	w0 = *(u8 *)(r3 + 0)
	exit
L9:
	r0 = 0
	exit
