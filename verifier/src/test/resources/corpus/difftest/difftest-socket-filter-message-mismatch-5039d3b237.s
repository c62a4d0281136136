# Found by difftest (seed 7007, program 209): message-mismatch
# kernel: rejected (EACCES) at insn 7: R1 type=sock_common_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 15: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=socket_filter
	r6 = r1
	w7 = *(u8 *)(r6 + 19)
	if r7 s<= 0 goto L4
	goto L8
L4:
	call f0
	r8 = *(u64 *)(r6 + 168)
	r1 = r8
	call bpf_skc_to_tcp_request_sock
L8:
	r8 = *(u64 *)(r6 + 168)
	if r8 == 0 goto L17
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L17:
	r0 = 0
	exit
.func f0
	exit
