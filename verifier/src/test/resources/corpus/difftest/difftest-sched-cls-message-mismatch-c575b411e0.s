# Found by difftest (seed 20251125, program 5789): message-mismatch
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 7: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sched_cls
	r6 = r1
	r8 = *(u64 *)(r6 + 168)
	if r8 == 0 goto L9
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	call bpf_map_update_elem
L9:
	call f0
	exit
.func f0
	r0 = *(u8 *)skb[r7 + 30]
	exit
