# A map pointer compared with 0 is known to be non-NULL: the NULL branch is dead.
.license "GPL"
.map m type=array key=4 value=8 entries=4
.program p type=sched_cls
	r4 = m ll
	r0 = 0
	if r4 != 0 goto L1
	r0 = *(u64 *)(r9 + 0)
L1:
	exit
