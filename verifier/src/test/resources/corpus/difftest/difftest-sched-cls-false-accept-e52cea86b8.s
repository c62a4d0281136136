# Found by difftest (seed 9001, program 18411): false-accept
# kernel: rejected (EACCES) at insn 4: R9 !read_ok
# bpfj:   accepted
.license "GPL"
.program mut type=sched_cls
	r2 = r10
	r0 = 0
	if r2 == 0 goto L4
	exit
L4:
	r0 = *(u64 *)(r9 + 0)
	exit
