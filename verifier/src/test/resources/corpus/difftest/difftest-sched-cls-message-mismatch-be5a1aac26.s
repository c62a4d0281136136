# Found by difftest (seed 9001, program 379): message-mismatch
# kernel: rejected (EACCES) at insn 0: R1 type=ctx expected=ptr_, trusted_ptr_, rcu_ptr_
# bpfj:   rejected (EACCES) at insn 0: R1 type=ctx expected=ptr_
.license "GPL"
.program mut type=sched_cls
	call bpf_find_vma
	exit
