# Found by difftest (seed 7010, program 239): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 9: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=socket_filter
	r6 = r1
	r0 = *(u32 *)skb[118]
	r8 = *(u64 *)(r6 + 168)
	if r8 == 0 goto L11
	r2 = r10
	r2 += -4
	r1 = sockhash ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L11:
	exit
