# Found by difftest (seed 20251126, program 532363): false-accept
# kernel: rejected (EACCES) at insn 7: cannot write into packet
# bpfj:   accepted
.license "GPL"
.program diff type=sock_ops
	r6 = r1
	r7 = -773
	r7 = be64 r7
	if r7 s<= 0 goto L6
	r0 = 0
	exit
L6:
	r2 = *(u64 *)(r6 + 192)
	*(u64 *)(r2 + 1) = 0
	exit
