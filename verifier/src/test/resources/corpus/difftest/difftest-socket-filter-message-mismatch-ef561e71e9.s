# Found by difftest (seed 9001, program 300): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=map_ptr expected=fp, dynptr_ptr
# bpfj:   rejected (EACCES) at insn 1: R1 type=map_ptr expected=?
.license "GPL"
.map arr type=array key=4 value=8 entries=4
.program mut type=socket_filter
	r1 = arr ll
	call bpf_ringbuf_submit_dynptr
	exit
