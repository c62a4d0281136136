# Found by difftest (seed 7003, program 19): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 7: R3 type=sock expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r8 = *(u64 *)(r6 + 40)
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
	exit
