# Found by difftest (seed 20251125, program 11319): message-mismatch
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 13: R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map hash_wide type=hash key=8 value=16 entries=16
.program diff type=sched_cls
	call f0
	exit
.func f0
	r2 = r10
	r2 += -1
	r3 = 1
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	r8 = r0
	if r8 == 0 goto L11
	w7 = *(u8 *)(r8 + 12)
L11:
	r2 = r7
	r1 = hash_wide ll
	call bpf_map_lookup_elem
	r0 = *(u32 *)skb[29]
	exit
