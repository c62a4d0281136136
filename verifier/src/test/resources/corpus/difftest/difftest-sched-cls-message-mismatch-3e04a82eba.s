# Found by difftest (seed 20251125, program 7709): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 6: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
.license "GPL"
.program diff type=sched_cls
	call f0
	exit
.func f0
	call f1
	call bpf_tail_call
	exit
.func f1
	r1 = 0
	call bpf_skc_to_tcp_request_sock
	exit
