# Two constant additions: the second cuts the link, r4 stays unbounded.
.license "GPL"
.program p type=sched_cls
	w2 = *(u32 *)(r1 + 0)
	r4 = r2
	w4 += 3
	w4 += 0
	if r2 != 5 goto L9
	r3 = r10
	r3 += -8
	r3 += r4
	w0 = *(u8 *)(r3 + 0)
	exit
L9:
	r0 = 0
	exit
