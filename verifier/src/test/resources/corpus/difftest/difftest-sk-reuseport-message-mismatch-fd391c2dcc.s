# Found by difftest (seed 20251126, program 59346): message-mismatch
# kernel: rejected (EACCES) at insn 5: cannot write into packet
# bpfj:   rejected (EACCES) at insn 8: R1 type=sock_common_or_null expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	if r1 <= r3 goto L5
	goto L6
L5:
	*(u64 *)(r2 + 8) = 0
L6:
	r8 = *(u64 *)(r6 + 48)
	r1 = r8
	call bpf_get_socket_cookie
	exit
