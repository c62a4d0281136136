# Found by difftest (seed 9001, program 10265): message-mismatch
# kernel: rejected (EINVAL) at insn 2: math between trusted_ptr_ pointer and -2008059385 is not allowed
# bpfj:   rejected (EINVAL) at insn 2: math between ptr_ pointer and -2008059385 is not allowed
.license "GPL"
.program mut type=socket_filter
	call bpf_get_current_task_btf
	r8 = r0
	r8 |= -2008059385
	exit
