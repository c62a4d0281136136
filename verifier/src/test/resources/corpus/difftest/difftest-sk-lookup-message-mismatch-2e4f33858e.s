# Found by difftest (seed 9001, program 870): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 type=map_ptr expected=map_value, ptr_
# bpfj:   rejected (EACCES) at insn 1: R1 type=map_ptr expected=?
.license "GPL"
.map sm type=sockmap key=4 value=8 entries=4
.program mut type=sk_lookup attach=sk_lookup
	r1 = sm ll
	call bpf_kptr_xchg
	exit
