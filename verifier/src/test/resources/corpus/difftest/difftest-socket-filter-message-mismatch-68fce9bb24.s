# Found by difftest (seed 9001, program 12342): message-mismatch
# kernel: rejected (EINVAL) at insn 2: cannot pass in dynptr at an offset=-4
# bpfj:   rejected (EACCES) at insn 2: R1 type=fp expected=?
.license "GPL"
.program mut type=socket_filter
	r1 = r10
	r1 += -4
	call bpf_ringbuf_discard_dynptr
	exit
