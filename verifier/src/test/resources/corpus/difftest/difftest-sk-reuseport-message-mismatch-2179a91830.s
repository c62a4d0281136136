# Found by difftest (seed 7006, program 1945): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=scalar expected=map_value, ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=scalar expected=map_value
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r1 = 0
	call bpf_spin_lock
	exit
