# Found by difftest (seed 20251125, program 208): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 0: R8 !read_ok
.license "GPL"
.program diff type=sock_ops
	r8 s/= 0
	call f0
	exit
.func f0
	call bpf_tail_call
	call f1
	exit
.func f1
	exit
