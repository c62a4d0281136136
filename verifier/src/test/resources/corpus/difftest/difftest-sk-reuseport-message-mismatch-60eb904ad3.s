# Found by difftest (seed 20251125, program 8106): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 1: invalid bpf_context access off=60 size=1
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	w0 = *(u8 *)(r6 + 60)
	call f0
	exit
.func f0
	call f1
	exit
.func f1
	call bpf_tail_call
	exit
