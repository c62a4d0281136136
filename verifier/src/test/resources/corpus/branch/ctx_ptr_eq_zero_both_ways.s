# A ctx pointer compared with 0 is not known to be non-NULL: both branches are explored.
.license "GPL"
.program p type=sched_cls
	r4 = r1
	r0 = 0
	if r4 != 0 goto L1
	r0 = *(u64 *)(r9 + 0)
L1:
	exit
