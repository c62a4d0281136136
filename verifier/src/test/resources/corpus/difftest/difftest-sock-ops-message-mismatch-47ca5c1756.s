# Found by difftest (seed 20251125, program 9433): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 2: R8 invalid mem access 'sock_or_null'
.license "GPL"
.program diff type=sock_ops
	r6 = r1
	r8 = *(u64 *)(r6 + 184)
	w7 = *(u8 *)(r8 + 72)
	call f0
	call f1
	exit
.func f0
	exit
.func f1
	call f2
	exit
.func f2
	call bpf_tail_call
	exit
