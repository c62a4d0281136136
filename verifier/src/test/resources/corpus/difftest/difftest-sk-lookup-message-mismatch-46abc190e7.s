# Found by difftest (seed 7002, program 90): message-mismatch
# kernel: rejected (EACCES) at insn 9: R3 type=map_value_or_null expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 9: R3 type=map_value_or_null expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_lookup attach=sk_lookup
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	call bpf_map_lookup_elem
	r8 = r0
	r2 = r10
	r2 += -4
	r1 = sockhash ll
	r3 = r8
	call bpf_map_update_elem
	exit
