# Found by difftest (seed 20251125, program 5841): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 4: R1 type=sock_common expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L5
	r1 = r8
	call bpf_get_socket_cookie
L5:
	call f0
	exit
.func f0
	call f1
	call f2
	exit
.func f1
	call bpf_tail_call
	exit
.func f2
	exit
