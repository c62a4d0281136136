# Found by difftest (seed 7011, program 364): message-mismatch
# kernel: rejected (EACCES) at insn 6: R3 type=sock_common_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 6: R3 type=sock_common_or_null expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sched_cls
	r6 = r1
	r8 = *(u64 *)(r6 + 168)
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	call bpf_map_update_elem
	exit
