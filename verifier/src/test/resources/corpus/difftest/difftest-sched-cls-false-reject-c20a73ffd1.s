# Found by difftest (seed 7004, program 10): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 13: R3 type=sock expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sched_cls
	r2 = r10
	r2 += -1
	r3 = 1
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	r9 = r0
	if r9 == 0 goto L15
	r2 = r10
	r2 += -6
	r1 = sockmap ll
	r3 = r9
	r4 = 0
	call bpf_map_update_elem
L15:
	if r9 == 0 goto L18
	r1 = r9
	call bpf_sk_release
L18:
	exit
