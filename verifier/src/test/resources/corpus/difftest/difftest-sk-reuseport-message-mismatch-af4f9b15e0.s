# Found by difftest (seed 20251126, program 72371): message-mismatch
# kernel: rejected (EACCES) at insn 3: R2 type=map_ptr expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 9: R1 type=sock expected=?
.license "GPL"
.map queue type=queue key=0 value=8 entries=16
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	call f0
	r1 = queue ll
	r2 = queue ll
	call bpf_map_pop_elem
	exit
.func f0
	r6 = r1
	call f1
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	exit
.func f1
	exit
