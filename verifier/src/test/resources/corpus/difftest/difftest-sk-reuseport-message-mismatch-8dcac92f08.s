# Found by difftest (seed 20251125, program 12986): message-mismatch
# kernel: rejected (EINVAL) at insn 8: cannot pass map_type 2 into func bpf_sk_select_reuseport#82
# bpfj:   rejected (EACCES) at insn 11: R1 type=sock expected=?
.license "GPL"
.map array type=array key=4 value=16 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	w7 = *(u16 *)(r6 + 22)
	if r7 s<= 0 goto L4
	goto L10
L4:
	r2 = array ll
	r3 = r10
	r3 += -4
	r4 = 0
	call bpf_sk_select_reuseport
L10:
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	exit
