# Found by difftest (seed 7011, program 1585): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=fp expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r1 = r10
	call bpf_get_socket_cookie
	exit
