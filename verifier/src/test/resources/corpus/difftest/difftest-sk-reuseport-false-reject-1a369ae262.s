# Found by difftest (seed 7004, program 247): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 5: R1 type=sock_common expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r0 = 0
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L6
	r1 = r8
	call bpf_get_socket_cookie
L6:
	exit
