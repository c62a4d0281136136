# Found by difftest (seed 9001, program 12491): message-mismatch
# kernel: rejected (EINVAL) at insn 1: At program exit the register R0 is not a known value (trusted_ptr_)
# bpfj:   rejected (EINVAL) at insn 1: At program exit the register R0 is not a known value (ptr_)
.license "GPL"
.program mut type=sk_lookup attach=sk_lookup
	call bpf_get_current_task_btf
	exit
