# Found by difftest (seed 7002, program 4567): message-mismatch
# kernel: rejected (EACCES) at insn 2: invalid bpf_context access off=0 size=1
# bpfj:   rejected (EACCES) at insn 8: R1 type=sock_common expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	call f0
	w0 = *(u8 *)(r6 + 0)
	exit
.func f0
	r6 = r1
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L9
	r1 = r8
	call bpf_get_socket_cookie
L9:
	exit
