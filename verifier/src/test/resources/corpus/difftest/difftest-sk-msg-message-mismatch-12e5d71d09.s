# Found by difftest (seed 20251125, program 787): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 2: invalid access to packet, off=18 size=2, R2(id=0,off=18,r=0)
.license "GPL"
.program diff type=sk_msg
	r6 = r1
	r2 = *(u64 *)(r6 + 0)
	w7 = *(u16 *)(r2 + 18)
	call f0
	exit
.func f0
	call f1
	call f2
	exit
.func f1
	call bpf_tail_call
	exit
.func f2
	exit
