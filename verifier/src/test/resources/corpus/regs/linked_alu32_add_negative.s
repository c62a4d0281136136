# r4 = r2; w4 += -2: a negative 32-bit delta.
.license "GPL"
.program p type=sched_cls
	w2 = *(u32 *)(r1 + 0)
	r4 = r2
	w4 += -2
	if r2 != 5 goto L9
	r3 = r10
	r3 += -8
	r3 += r4
	w0 = *(u8 *)(r3 + 0)
	exit
L9:
	r0 = 0
	exit
