# Found by difftest (seed 7007, program 817): message-mismatch
# kernel: rejected (EACCES) at insn 4: R3 type=map_ptr expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 4: R3 type=map_ptr expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = sockhash ll
	call bpf_map_update_elem
	call f0
	exit
.func f0
	exit
