# Found by difftest (seed 20251125, program 6954): message-mismatch
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 2: invalid size of register fill
.license "GPL"
.program diff type=sched_cls
	r6 = r1
	*(u64 *)(r10 - 104) = r6
	w2 = *(u8 *)(r10 - 104)
	call f0
	call f1
	exit
.func f0
	r0 = *(u16 *)skb[36]
	call f2
	exit
.func f1
	exit
.func f2
	exit
