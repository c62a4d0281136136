# Found by difftest (seed 20251125, program 24144): message-mismatch
# kernel: rejected (EACCES) at insn 5: R3 type=ctx expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 5: R3 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sched_cls
	r6 = r1
	r1 = sockmap ll
	r2 = r10
	r2 += -4
	r3 = r6
	call bpf_map_update_elem
	exit
