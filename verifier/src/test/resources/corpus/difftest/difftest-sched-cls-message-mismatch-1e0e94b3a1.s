# Found by difftest (seed 20251125, program 18409): message-mismatch
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 1: R1 type=scalar expected=map_ptr
.license "GPL"
.program diff type=sched_cls
	r1 = 0
	call bpf_map_lookup_elem
	call f0
	exit
.func f0
	r0 = *(u8 *)skb[25]
	exit
