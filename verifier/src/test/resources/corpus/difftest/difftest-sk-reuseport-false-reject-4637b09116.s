# Found by difftest (seed 7001, program 541): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 3: R1 type=sock expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	exit
