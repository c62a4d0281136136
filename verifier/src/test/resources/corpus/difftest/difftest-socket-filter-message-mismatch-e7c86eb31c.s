# Found by difftest (seed 9001, program 5579): message-mismatch
# kernel: rejected (EACCES) at insn 3: R2 type=trusted_ptr_ expected=scalar
# bpfj:   rejected (EACCES) at insn 3: R2 type=ptr_ expected=scalar
.license "GPL"
.program mut type=socket_filter
	call bpf_get_current_task_btf
	r2 = r0
	r1 = r10
	call bpf_trace_printk
	exit
