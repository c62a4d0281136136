# Found by difftest (seed 7007, program 313): message-mismatch
# kernel: rejected (EINVAL) at insn 8: cannot pass map_type 2 into func bpf_map_pop_elem#88
# bpfj:   rejected (EACCES) at insn 11: R1 type=sock expected=?
.license "GPL"
.map array type=array key=4 value=16 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r2 = *(u64 *)(r6 + 40)
	w7 = *(u8 *)(r2 + 72)
	if w7 != 0 goto L5
	goto L10
L5:
	r1 = array ll
	r2 = r10
	r2 += -16
	call bpf_map_pop_elem
L10:
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	exit
