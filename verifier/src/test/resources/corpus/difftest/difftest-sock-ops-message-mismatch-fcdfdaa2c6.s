# Found by difftest (seed 20251125, program 18633): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 2: cannot write into packet
.license "GPL"
.program diff type=sock_ops
	r6 = r1
	r2 = *(u64 *)(r6 + 192)
	*(u64 *)(r2 + 25) = 0
	call f0
	exit
.func f0
	call f1
	call bpf_tail_call
	exit
.func f1
	exit
