# Found by difftest (seed 7001, program 4639): message-mismatch
# kernel: rejected (EACCES) at insn 5: cannot write into packet
# bpfj:   rejected (EACCES) at insn 10: R1 type=sock_common expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	if r1 <= r3 goto L5
	goto L6
L5:
	*(u8 *)(r2 + 28) = 0
L6:
	call f0
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L11
	r1 = r8
	call bpf_get_socket_cookie
L11:
	exit
.func f0
	call f1
	exit
.func f1
	r0 = 0
	exit
