# Found by difftest (seed 7006, program 2067): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=scalar expected=fp, dynptr_ptr
# bpfj:   rejected (EACCES) at insn 1: R1 type=scalar expected=?
.license "GPL"
.program diff type=sock_ops
	r1 = 0
	call bpf_ringbuf_discard_dynptr
	exit
