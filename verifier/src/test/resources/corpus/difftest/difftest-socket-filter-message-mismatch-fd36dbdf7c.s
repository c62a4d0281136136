# Found by difftest (seed 9001, program 16725): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=scalar expected=map_value, ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=scalar expected=?
.license "GPL"
.program mut type=socket_filter
	r1 = 0
	call bpf_kptr_xchg
	exit
