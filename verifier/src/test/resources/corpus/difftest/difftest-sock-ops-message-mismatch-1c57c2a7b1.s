# Found by difftest (seed 7010, program 2571): message-mismatch
# kernel: rejected (EACCES) at insn 5: R3 type=pkt_end expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 5: R3 type=pkt_end expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sock_ops
	r6 = r1
	r3 = *(u64 *)(r6 + 200)
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	call bpf_map_update_elem
	exit
