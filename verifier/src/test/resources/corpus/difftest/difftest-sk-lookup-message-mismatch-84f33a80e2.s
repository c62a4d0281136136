# Found by difftest (seed 7008, program 96): message-mismatch
# kernel: rejected (EACCES) at insn 6: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EINVAL) at insn 7: program of this type cannot use helper bpf_xdp_load_bytes#189
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_lookup attach=sk_lookup
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -12
	r4 = 0
	call bpf_map_update_elem
	call bpf_xdp_load_bytes
	exit
