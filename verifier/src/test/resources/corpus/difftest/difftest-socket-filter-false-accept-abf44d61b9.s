# Found by difftest (seed 7010, program 1865): false-accept
# kernel: rejected (EACCES) at insn 6: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   accepted
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=socket_filter
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_map_update_elem
	exit
