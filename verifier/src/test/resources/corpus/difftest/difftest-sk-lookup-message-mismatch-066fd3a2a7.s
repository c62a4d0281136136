# Found by difftest (seed 7004, program 318): message-mismatch
# kernel: rejected (EACCES) at insn 3: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 3: cannot pass map_type 22 into func bpf_map_lookup_elem#1
.license "GPL"
.map queue type=queue key=0 value=8 entries=16
.program diff type=sk_lookup attach=sk_lookup
	r2 = r10
	r2 += -1
	r1 = queue ll
	call bpf_map_lookup_elem
	exit
