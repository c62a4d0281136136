# r4 = r2; w4 -= 1: a 32-bit subtraction keeps the link too.
.license "GPL"
.program p type=sched_cls
	w2 = *(u32 *)(r1 + 0)
	r4 = r2
	w4 -= 1
	if r2 != 5 goto L9
	r3 = r10
	r3 += -8
	r3 += r4
	w0 = *(u8 *)(r3 + 0)
	exit
L9:
	r0 = 0
	exit
