# Found by difftest (seed 20251125, program 23435): message-mismatch
# kernel: rejected (EACCES) at insn 7: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 9: R8 invalid mem access 'sock_or_null'
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_lookup attach=sk_lookup
	r6 = r1
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_map_update_elem
	r8 = *(u64 *)(r6 + 0)
	w7 = *(u8 *)(r8 + 44)
	exit
