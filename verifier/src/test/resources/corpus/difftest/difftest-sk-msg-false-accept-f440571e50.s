# Found by difftest (seed 20251125, program 24022): false-accept
# kernel: rejected (EACCES) at insn 7: invalid access to packet, off=0 size=2, R2(id=0,off=0,r=0)
# bpfj:   accepted
.license "GPL"
.program diff type=sk_msg
	r6 = r1
	w7 = *(u32 *)(r6 + 64)
	r7 = be64 r7
	if r7 s< 0 goto L6
	r0 = 0
	exit
L6:
	r2 = *(u64 *)(r6 + 0)
	w7 = *(u16 *)(r2 + 0)
	exit
