# Found by difftest (seed 7001, program 703): message-mismatch
# kernel: rejected (EACCES) at insn 4: dereference of modified ctx ptr R2 off=20 disallowed
# bpfj:   rejected (EACCES) at insn 9: R1 type=sock expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	call f0
	r2 = r6
	r2 += 20
	w0 = *(u32 *)(r2 + 0)
	exit
.func f0
	r6 = r1
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	exit
