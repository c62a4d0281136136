# Found by difftest (seed 9001, program 4249): message-mismatch
# kernel: rejected (EACCES) at insn 8: R1 type=sock expected=ptr_, trusted_ptr_, rcu_ptr_
# bpfj:   rejected (EACCES) at insn 8: R1 type=sock expected=ptr_
.license "GPL"
.program mut type=sched_cls
	r2 = r10
	r2 += -1
	r3 = 1
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	if r0 == 0 goto L11
	r1 = r0
	call bpf_task_pt_regs
	w0 = *(u32 *)(r6 + 4)
	r0 = 0
L11:
	exit
