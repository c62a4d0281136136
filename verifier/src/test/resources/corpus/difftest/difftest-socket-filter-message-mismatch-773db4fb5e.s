# Found by difftest (seed 9001, program 1737): message-mismatch
# kernel: rejected (EACCES) at insn 2: R2 type=fp expected=ptr_, trusted_ptr_, rcu_ptr_
# bpfj:   rejected (EACCES) at insn 2: R2 type=fp expected=ptr_
.license "GPL"
.map arr type=array key=4 value=8 entries=4
.program mut type=socket_filter
	r2 = r10
	r1 = arr ll
	call bpf_task_storage_delete
	exit
