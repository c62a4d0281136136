# Found by difftest (seed 7006, program 1765): message-mismatch
# kernel: rejected (EACCES) at insn 7: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 9: cannot write into packet
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_map_update_elem
	r2 = *(u64 *)(r6 + 0)
	*(u16 *)(r2 + 57) = 0
	exit
