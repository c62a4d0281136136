# Found by difftest (seed 20251125, program 5391): message-mismatch
# kernel: rejected (EACCES) at insn 7: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 10: R1 type=sock expected=?
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r1 = sockmap ll
	r4 = 0
	call bpf_map_update_elem
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	call f0
	exit
.func f0
	exit
