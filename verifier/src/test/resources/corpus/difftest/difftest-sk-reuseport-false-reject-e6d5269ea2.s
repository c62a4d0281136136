# Found by difftest (seed 20251125, program 13841): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 9: cannot write into packet
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r1 = r10
	r1 += -1
	r2 = 0
	r3 = 0
	call bpf_probe_read_user_str
	r7 = r0
	if r7 != 1 goto L10
	r2 = *(u64 *)(r6 + 0)
	*(u16 *)(r2 + 27) = 0
L10:
	exit
