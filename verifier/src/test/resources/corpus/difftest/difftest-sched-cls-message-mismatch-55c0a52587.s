# Found by difftest (seed 9001, program 13765): message-mismatch
# kernel: rejected (EACCES) at insn 8: R1 type=sock_common_or_null expected=percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_
# bpfj:   rejected (EACCES) at insn 8: R1 type=sock_common_or_null expected=ptr_
.license "GPL"
.program mut type=sched_cls
	r2 = r10
	r2 += -1
	r3 = 1
	r4 = 0
	r5 = 0
	call bpf_skc_lookup_tcp
	r7 = r0
	r1 = r7
	call bpf_this_cpu_ptr
	exit
