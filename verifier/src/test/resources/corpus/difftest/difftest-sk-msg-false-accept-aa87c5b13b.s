# Found by difftest (seed 20251125, program 14457): false-accept
# kernel: rejected (EACCES) at insn 6: R1 type=map_ptr expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   accepted
.license "GPL"
.map lru_hash type=lru_hash key=4 value=8 entries=16
.program diff type=sk_msg
	r6 = r1
	w7 = *(u32 *)(r6 + 64)
	r0 = 0
	r7 = be64 r7
	if r7 <= 0 goto L8
	r1 = lru_hash ll
	call bpf_skc_to_tcp_request_sock
L8:
	exit
