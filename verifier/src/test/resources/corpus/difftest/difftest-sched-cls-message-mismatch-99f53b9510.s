# Found by difftest (seed 7001, program 1246): message-mismatch
# kernel: rejected (EACCES) at insn 7: invalid access to packet, off=44 size=1, R2(id=0,off=44,r=44)
# bpfj:   rejected (EACCES) at insn 16: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sched_cls
	r6 = r1
	w2 = *(u32 *)(r6 + 76)
	w3 = *(u32 *)(r6 + 80)
	r1 = r2
	r1 += 44
	if r1 <= r3 goto L7
	goto L8
L7:
	w0 = *(u8 *)(r2 + 44)
L8:
	r0 = 0
	r8 = *(u64 *)(r6 + 168)
	if r8 == 0 goto L18
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L18:
	exit
