# Found by difftest (seed 7011, program 2401): message-mismatch
# kernel: rejected (EACCES) at insn 5: R7 pointer arithmetic on sock_common prohibited
# bpfj:   rejected (EACCES) at insn 11: R1 type=sock_common expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	call f0
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L5
	w7 = *(u8 *)(r8 + 57)
L5:
	r7 /= r8
	exit
.func f0
	r6 = r1
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L12
	r1 = r8
	call bpf_get_socket_cookie
L12:
	exit
