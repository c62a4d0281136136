# Found by difftest (seed 7006, program 3322): message-mismatch
# kernel: rejected (EACCES) at insn 6: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 8: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sched_cls
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_map_update_elem
	r1 = 0
	call bpf_skc_to_mptcp_sock
	exit
