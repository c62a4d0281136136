# Found by difftest (seed 7002, program 1927): message-mismatch
# kernel: rejected (EACCES) at insn 9: invalid access to map value, value_size=8 off=5 size=4
# bpfj:   rejected (EACCES) at insn 14: R1 type=sock_common expected=?
.license "GPL"
.map lru_hash type=lru_hash key=4 value=8 entries=16
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	w7 = *(u32 *)(r6 + 16)
	if w7 s>= 0 goto L4
	goto L11
L4:
	r2 = r10
	r2 += -4
	r1 = lru_hash ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L11
	w1 = *(u32 *)(r0 + 5)
L11:
	r0 = 0
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L16
	r1 = r8
	call bpf_get_socket_cookie
L16:
	exit
