# Found by difftest (seed 20251126, program 71317): false-reject
# kernel: accepted
# bpfj:   rejected (EINVAL) at insn 7: div by zero
.license "GPL"
.program diff type=sk_msg
	r1 = r10
	r1 += -1
	r2 = 0
	r3 = 0
	call bpf_probe_read_user_str
	r7 = r0
	if r7 s< 1 goto L8
	r7 /= 0
L8:
	exit
