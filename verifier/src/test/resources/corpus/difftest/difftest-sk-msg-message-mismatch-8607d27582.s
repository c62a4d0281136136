# Found by difftest (seed 7001, program 1052): message-mismatch
# kernel: rejected (EACCES) at insn 6: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EINVAL) at insn 6: cannot update sockmap in this context
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_msg
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -12
	r1 = sockmap ll
	r4 = 0
	call bpf_map_update_elem
	exit
