# Found by difftest (seed 20251125, program 5801): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=scalar expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r1 = 1
	call bpf_get_socket_cookie
	exit
