# Found by difftest (seed 7006, program 1667): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=scalar expected=ptr_, trusted_ptr_, rcu_ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=scalar expected=ptr_
.license "GPL"
.program diff type=socket_filter
	r1 = 0
	call bpf_task_pt_regs
	exit
