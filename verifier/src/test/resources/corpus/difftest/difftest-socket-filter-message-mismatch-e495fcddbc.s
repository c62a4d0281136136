# Found by difftest (seed 7004, program 7151): message-mismatch
# kernel: rejected (EACCES) at insn 12: R1 type=scalar expected=map_ptr
# bpfj:   rejected (EACCES) at insn 20: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map array type=array key=4 value=16 entries=4
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=socket_filter
	r6 = r1
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -16
	r1 = array ll
	r4 = 0
	call bpf_map_update_elem
	r7 = r0
	if r7 s< 1 goto L11
L11:
	if r7 != 0 goto L14
	r1 = 0
	call bpf_map_lookup_elem
L14:
	r8 = *(u64 *)(r6 + 168)
	if r8 == 0 goto L23
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L23:
	exit
