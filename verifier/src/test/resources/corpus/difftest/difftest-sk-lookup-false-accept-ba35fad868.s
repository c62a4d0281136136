# Found by difftest (seed 20251126, program 774310): false-accept
# kernel: rejected (EACCES) at insn 5: R2 32-bit pointer arithmetic prohibited
# bpfj:   accepted
.license "GPL"
.program diff type=sk_lookup attach=sk_lookup
	r6 = r1
	w8 = *(u32 *)(r6 + 36)
	r8 = be64 r8
	if r8 <= 0 goto L6
	r2 = r6
	w2 += 0
L6:
	r0 = 0
	exit
