# Found by difftest (seed 7006, program 1386): message-mismatch
# kernel: rejected (EACCES) at insn 6: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 13: R0 invalid sock access off=0 size=1
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_lookup attach=sk_lookup
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_map_update_elem
	call f0
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	call bpf_map_lookup_elem
	if r0 == 0 goto L16
	w1 = *(u8 *)(r0 + 0)
L16:
	exit
.func f0
	exit
