# Found by difftest (seed 20251125, program 11219): message-mismatch
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   rejected (EINVAL) at insn 4: at the time of BPF_LD_ABS|IND R6 != pointer to skb
.license "GPL"
.program diff type=sched_cls
	r1 = r10
	call f0
	exit
.func f0
	r6 = r1
	r0 = *(u16 *)skb[-4]
	exit
