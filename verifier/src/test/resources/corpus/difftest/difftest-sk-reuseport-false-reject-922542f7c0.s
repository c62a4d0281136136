# Found by difftest (seed 7005, program 157): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 3: R1 type=sock_common_or_null expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	r8 = *(u64 *)(r6 + 48)
	r1 = r8
	call bpf_get_socket_cookie
	exit
