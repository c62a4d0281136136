# r &= 56, r s> 16: several members of the known bits remain in range; the bounds stay [17, 56].
.license "GPL"
.program p type=sched_cls
	w2 = *(u32 *)(r1 + 0)
	r2 &= 56
	if r2 s<= 16 goto L7
	if r2 < 24 goto L8
L7:
	r0 = 0
	exit
L8:
	r0 = *(u64 *)(r9 + 0)
	exit
