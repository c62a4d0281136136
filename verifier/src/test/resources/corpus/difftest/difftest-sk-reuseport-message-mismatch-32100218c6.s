# Found by difftest (seed 20251125, program 7091): message-mismatch
# kernel: rejected (EINVAL) at insn 4: program of this type cannot use helper bpf_skb_pull_data#39
# bpfj:   rejected (EACCES) at insn 8: R1 type=sock_common expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r3 = *(u64 *)(r6 + 8)
	if r1 <= r3 goto L4
	goto L5
L4:
	call bpf_skb_pull_data
L5:
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L9
	r1 = r8
	call bpf_get_socket_cookie
L9:
	r0 = 0
	exit
