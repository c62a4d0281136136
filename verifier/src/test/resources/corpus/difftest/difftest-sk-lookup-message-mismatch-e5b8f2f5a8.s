# Found by difftest (seed 20251125, program 24825): message-mismatch
# kernel: rejected (EACCES) at insn 10: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EINVAL) at insn 14: infinite loop detected at insn 15
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_lookup attach=sk_lookup
	r6 = r1
	w7 = *(u32 *)(r6 + 12)
	r1 = sockmap ll
	*(u32 *)(r10 - 8) = 0
	r2 = r10
	r2 += -4
	*(u64 *)(r10 - 16) = 0
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_map_update_elem
	w8 = *(u8 *)(r6 + 60)
	if w7 == 0 goto f0
	r9 = 0
L15:
	if r9 < 1 goto L15
	goto f0
.func f0
	exit
