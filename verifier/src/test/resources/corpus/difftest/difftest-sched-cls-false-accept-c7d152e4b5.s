# Found by difftest (seed 9001, program 331): false-accept
# kernel: rejected (EACCES) at insn 3: invalid access to packet, off=14 size=1, R2(id=0,off=14,r=0)
# bpfj:   accepted
.license "GPL"
.program mut type=sched_cls
	w2 = *(u32 *)(r1 + 76)
	r4 = r1
	if r4 != 0 goto L5
	w0 = *(u8 *)(r2 + 14)
	exit
L5:
	r0 = 0
	exit
