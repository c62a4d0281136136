# Found by difftest (seed 7006, program 3132): message-mismatch
# kernel: rejected (EACCES) at insn 8: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EINVAL) at insn 10: At program exit the register R0 has smin=3 smax=3 should have been in [0, 1]
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_lookup attach=sk_lookup
	r6 = r1
	w7 = *(u16 *)(r6 + 62)
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = r7
	call bpf_map_update_elem
	r0 = 3
	exit
