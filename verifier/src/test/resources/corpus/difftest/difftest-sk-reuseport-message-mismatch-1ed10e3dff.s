# Found by difftest (seed 7006, program 1771): message-mismatch
# kernel: rejected (EACCES) at insn 9: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 13: R1 type=sock_common expected=?
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	r0 = 0
	r7 = r0
	r1 = sockmap ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -12
	r4 = r7
	call bpf_map_update_elem
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L15
	r1 = r8
	call bpf_get_socket_cookie
L15:
	call f0
	exit
.func f0
	exit
