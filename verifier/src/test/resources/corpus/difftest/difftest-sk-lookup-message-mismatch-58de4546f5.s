# Found by difftest (seed 9001, program 2839): message-mismatch
# kernel: rejected (EACCES) at insn 0: R1 type=ctx expected=map_value, ptr_
# bpfj:   rejected (EACCES) at insn 0: R1 type=ctx expected=map_value
.license "GPL"
.program mut type=sk_lookup attach=sk_lookup
	call bpf_spin_unlock
	exit
