# Found by difftest (seed 9001, program 384): message-mismatch
# kernel: rejected (EACCES) at insn 0: R1 type=ctx expected=fp, dynptr_ptr
# bpfj:   rejected (EACCES) at insn 0: R1 type=ctx expected=?
.license "GPL"
.program mut type=sched_cls
	call bpf_dynptr_write
	exit
