# Found by difftest (seed 9001, program 6520): message-mismatch
# kernel: rejected (EACCES) at insn 8: R1 type=sock_common_or_null expected=map_value, ptr_
# bpfj:   rejected (EACCES) at insn 8: R1 type=sock_common_or_null expected=map_value
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
	call bpf_spin_unlock
	exit
