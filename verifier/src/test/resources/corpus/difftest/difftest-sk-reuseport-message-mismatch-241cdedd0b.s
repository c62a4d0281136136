# Found by difftest (seed 7003, program 2047): message-mismatch
# kernel: rejected (EACCES) at insn 9: R1 type=scalar expected=map_ptr
# bpfj:   rejected (EACCES) at insn 16: R3 type=sock expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map lru_hash type=lru_hash key=4 value=8 entries=16
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r2 = r10
	r2 += -4
	r1 = lru_hash ll
	call bpf_map_delete_elem
	r7 = r0
	if r7 > 0 goto L9
	goto L11
L9:
	r1 = 0
	call bpf_map_lookup_elem
L11:
	r8 = *(u64 *)(r6 + 40)
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
	exit
