# Found by difftest (seed 9001, program 7506): message-mismatch
# kernel: rejected (EACCES) at insn 5: R1 type=map_value_or_null expected=map_value, ptr_
# bpfj:   rejected (EACCES) at insn 5: R1 type=map_value_or_null expected=?
.license "GPL"
.map h type=hash key=4 value=8 entries=16
.program mut type=socket_filter
	r2 = r10
	r2 += -4
	r1 = h ll
	call bpf_map_lookup_elem
	r1 = r0
	call bpf_kptr_xchg
	exit
