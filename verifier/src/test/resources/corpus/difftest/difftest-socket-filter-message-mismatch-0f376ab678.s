# Found by difftest (seed 9001, program 1776): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=map_ptr expected=percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=map_ptr expected=ptr_
.license "GPL"
.map arr type=array key=4 value=8 entries=4
.program mut type=socket_filter
	r1 = arr ll
	call bpf_per_cpu_ptr
	exit
