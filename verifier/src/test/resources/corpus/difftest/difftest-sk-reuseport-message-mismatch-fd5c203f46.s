# Found by difftest (seed 20251125, program 18301): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EINVAL) at insn 2: program of this type cannot use helper bpf_skc_to_tcp_timewait_sock#138
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	call f0
	exit
.func f0
	call bpf_skc_to_tcp_timewait_sock
	call bpf_tail_call
	exit
