# Found by difftest (seed 7004, program 3107): message-mismatch
# kernel: rejected (EACCES) at insn 8: R0 invalid mem access 'map_value_or_null'
# bpfj:   rejected (EACCES) at insn 16: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map array type=array key=4 value=16 entries=4
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=socket_filter
	r6 = r1
	w7 = *(u8 *)(r6 + 13)
	if r7 < 1 goto L4
	goto L10
L4:
	r2 = r10
	r2 += -4
	r1 = array ll
	call bpf_map_lookup_elem
	r1 = *(u64 *)(r0 + 9)
L10:
	r8 = *(u64 *)(r6 + 168)
	if r8 == 0 goto L19
	r2 = r10
	r2 += -4
	r1 = sockhash ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L19:
	r0 = 0
	exit
