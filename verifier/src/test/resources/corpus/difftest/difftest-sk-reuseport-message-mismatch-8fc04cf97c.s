# Found by difftest (seed 7002, program 7429): message-mismatch
# kernel: rejected (EACCES) at insn 7: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 10: dereference of modified ctx ptr R2 off=40 disallowed
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
	r2 = r6
	r2 += 40
	r0 = *(u64 *)(r2 + 0)
	exit
