# Found by difftest (seed 20251125, program 286): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 4: R1 type=fp expected=ctx
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r1 = r10
	call f0
	call f1
	exit
.func f0
	call bpf_tail_call
	exit
.func f1
	exit
