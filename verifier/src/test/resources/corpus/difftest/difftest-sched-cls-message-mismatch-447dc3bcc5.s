# Found by difftest (seed 20251125, program 2509): message-mismatch
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 2: R7 !read_ok
.license "GPL"
.program diff type=sched_cls
	call f0
	exit
.func f0
	if r7 < 0 goto L4
	r0 = *(u32 *)skb[63]
L4:
	exit
