# Found by difftest (seed 7010, program 2525): message-mismatch
# kernel: rejected (EACCES) at insn 7: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 10: R1 type=sock_common_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=socket_filter
	r6 = r1
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -12
	r4 = 0
	call bpf_map_update_elem
	r8 = *(u64 *)(r6 + 168)
	r1 = r8
	call bpf_skc_to_unix_sock
	exit
