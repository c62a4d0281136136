# Found by difftest (seed 20251126, program 72521): message-mismatch
# kernel: rejected (EINVAL) at insn 7: cannot pass map_type 3 into func bpf_map_peek_elem#89
# bpfj:   rejected (EACCES) at insn 10: R1 type=sock expected=?
.license "GPL"
.map progs type=prog_array key=4 value=4 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	w7 = *(u16 *)(r6 + 18)
	if w7 != 0 goto L4
	goto L9
L4:
	r1 = progs ll
	r2 = r10
	r2 += -4
	call bpf_map_peek_elem
L9:
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	call f0
	exit
.func f0
	r0 = 0
	exit
