# Found by difftest (seed 7003, program 4765): message-mismatch
# kernel: rejected (EACCES) at insn 5: cannot write into packet
# bpfj:   rejected (EACCES) at insn 16: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	if r1 <= r3 goto L5
	goto L6
L5:
	*(u64 *)(r2 + 24) = 0
L6:
	*(u64 *)(r10 - 112) = r6
	r2 = *(u64 *)(r10 - 112)
	w0 = *(u32 *)(r2 + 20)
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L18
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L18:
	exit
