# Found by difftest (seed 9001, program 16211): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=scalar expected=percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=scalar expected=ptr_
.license "GPL"
.program mut type=socket_filter
	r1 -= r10
	call bpf_per_cpu_ptr
	exit
