# Found by difftest (seed 7006, program 499): message-mismatch
# kernel: rejected (EACCES) at insn 6: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 7: R1 !read_ok
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -12
	r4 = 0
	call bpf_map_update_elem
	r1 = r1
	exit
