# Found by difftest (seed 20251125, program 5274): message-mismatch
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 2: invalid access to packet, off=4 size=2, R2(id=0,off=4,r=0)
.license "GPL"
.program diff type=sched_cls
	r6 = r1
	w2 = *(u32 *)(r6 + 76)
	*(u16 *)(r2 + 4) = 0
	call f0
	call f1
	exit
.func f0
	r0 = *(u8 *)skb[26]
	exit
.func f1
	exit
