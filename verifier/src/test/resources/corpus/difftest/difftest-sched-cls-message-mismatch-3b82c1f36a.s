# Found by difftest (seed 9001, program 3764): message-mismatch
# kernel: rejected (EACCES) at insn 8: R1 type=sock expected=map_value, ptr_
# bpfj:   rejected (EACCES) at insn 8: R1 type=sock expected=map_value
.license "GPL"
.program mut type=sched_cls
	r2 = r10
	r2 += -1
	r3 = 1
	r4 = 0
	w5 = 0
	call bpf_sk_lookup_tcp
	if r0 == 0 goto L9
	r1 = r0
	call bpf_spin_unlock
L9:
	exit
