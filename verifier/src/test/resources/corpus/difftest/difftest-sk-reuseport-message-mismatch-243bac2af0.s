# Found by difftest (seed 20251125, program 5451): message-mismatch
# kernel: rejected (EACCES) at insn 5: R1 type=scalar expected=map_value, ptr_
# bpfj:   rejected (EACCES) at insn 12: R1 type=sock_common expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	call f0
	r1 = r6
	call f1
	r1 = 0
	call bpf_kptr_xchg
	exit
.func f0
	exit
.func f1
	r6 = r1
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L13
	r1 = r8
	call bpf_get_socket_cookie
L13:
	exit
