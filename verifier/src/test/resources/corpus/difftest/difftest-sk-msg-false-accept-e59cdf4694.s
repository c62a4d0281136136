# Found by difftest (seed 20251126, program 972792): false-accept
# kernel: rejected (EACCES) at insn 4: R8 invalid mem access 'scalar'
# bpfj:   accepted
.license "GPL"
.program diff type=sk_msg
	r6 = r1
	w8 = *(u32 *)(r6 + 60)
	r8 = be64 r8
	if r8 <= 0 goto L5
	w0 = *(u8 *)(r8 + 0)
L5:
	r0 = 0
	exit
