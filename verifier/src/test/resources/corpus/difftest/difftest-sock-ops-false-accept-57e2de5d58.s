# Found by difftest (seed 20261125, program 118868): false-accept
# kernel: rejected (EACCES) at insn 11: cannot write into packet
# bpfj:   accepted
.license "GPL"
.program diff type=sock_ops
	r6 = r1
	w7 = *(u32 *)(r6 + 100)
	w7 |= -2
	r9 = 0
L4:
	if r7 s> 0 goto L7
	r0 = 0
	exit
L7:
	r7 *= 155
	r9 += 1
	if r9 <= 6 goto L4
	r2 = *(u64 *)(r6 + 192)
	*(u64 *)(r2 + 14) = 0
	exit
