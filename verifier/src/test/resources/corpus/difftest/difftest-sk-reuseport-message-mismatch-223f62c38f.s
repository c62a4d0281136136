# Found by difftest (seed 20251125, program 15926): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 6: R3 type=sock expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r8 = *(u64 *)(r6 + 40)
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	call bpf_map_update_elem
	call f0
	exit
.func f0
	call f1
	exit
.func f1
	call bpf_tail_call
	exit
