# Found by difftest (seed 9001, program 3653): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=fp expected=map_value, ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=fp expected=?
.license "GPL"
.program mut type=socket_filter
	r1 = r10
	call bpf_kptr_xchg
	exit
