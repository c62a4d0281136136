# Found by difftest (seed 20251125, program 454): false-accept
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   accepted
.license "GPL"
.program diff type=sched_cls
	r6 = r1
	call f0
	r1 = r6
	call f1
	exit
.func f0
	exit
.func f1
	r6 = r1
	r0 = *(u32 *)skb[19]
	exit
