# Found by difftest (seed 9001, program 3157): message-mismatch
# kernel: rejected (EACCES) at insn 0: R1 type=ctx expected=percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_
# bpfj:   rejected (EACCES) at insn 0: R1 type=ctx expected=ptr_
.license "GPL"
.program mut type=socket_filter
	call bpf_this_cpu_ptr
	exit
