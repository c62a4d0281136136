# Found by difftest (seed 20251126, program 7481): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=map_ptr expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=map_ptr expected=?
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r1 = sockmap ll
	call bpf_get_socket_cookie
	call f0
	call f1
	exit
.func f0
	exit
.func f1
	exit
