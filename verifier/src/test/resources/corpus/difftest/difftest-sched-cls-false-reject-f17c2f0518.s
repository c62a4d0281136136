# Found by difftest (seed 9001, program 2431): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 7: invalid unbounded variable-offset read from stack R3
.license "GPL"
.program mut type=sched_cls
	w2 = *(u32 *)(r1 + 0)
	r4 = r2
	w4 += 0
	if r2 > 0 goto L9
	r3 = r10
	r3 += -1
	r3 += r4
	w0 = *(u8 *)(r3 + 0)
	exit
L9:
	r0 = 0
	exit
