# Found by difftest (seed 20251126, program 561): message-mismatch
# kernel: rejected (EACCES) at insn 6: R1 type=map_value_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 6: R1 type=map_value_or_null expected=?
.license "GPL"
.map lru_hash type=lru_hash key=4 value=8 entries=16
.program diff type=sk_reuseport attach=sk_reuseport_select
	r2 = r10
	r2 += -4
	r1 = lru_hash ll
	call bpf_map_lookup_elem
	r8 = r0
	r1 = r8
	call bpf_get_socket_cookie
	exit
