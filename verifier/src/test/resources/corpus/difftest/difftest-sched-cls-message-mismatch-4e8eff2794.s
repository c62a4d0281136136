# Found by difftest (seed 9001, program 5571): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=fp expected=percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=fp expected=ptr_
.license "GPL"
.program mut type=sched_cls
	r1 = r10
	call bpf_this_cpu_ptr
	exit
