# Found by difftest (seed 20251126, program 13766): message-mismatch
# kernel: rejected (EACCES) at insn 4: R1 type=ctx expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 4: R1 type=sock_common expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L4
	r1 = r8
L4:
	call bpf_get_socket_cookie
	exit
