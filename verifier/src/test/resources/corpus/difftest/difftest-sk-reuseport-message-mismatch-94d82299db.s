# Found by difftest (seed 20251125, program 21701): message-mismatch
# kernel: rejected (EACCES) at insn 7: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EINVAL) at insn 9: invalid shift 67
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_map_update_elem
	w8 = *(u8 *)(r6 + 30)
	r8 s>>= 67
	goto f0
.func f0
	exit
