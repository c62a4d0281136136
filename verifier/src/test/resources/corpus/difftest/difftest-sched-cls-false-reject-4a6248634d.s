# Found by difftest (seed 9001, program 5085): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 1: R0 !read_ok
.license "GPL"
.program mut type=sched_cls
	call bpf_set_hash_invalid
	exit
