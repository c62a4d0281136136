# Found by difftest (seed 7001, program 4051): message-mismatch
# kernel: rejected (EACCES) at insn 8: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 9: invalid size of register fill
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	*(u64 *)(r10 - 56) = r6
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -12
	r1 = sockmap ll
	r4 = 0
	call bpf_map_update_elem
	w7 = *(u32 *)(r10 - 56)
	exit
