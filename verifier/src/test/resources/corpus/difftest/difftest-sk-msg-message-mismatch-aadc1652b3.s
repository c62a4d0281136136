# Found by difftest (seed 7006, program 398): message-mismatch
# kernel: rejected (EACCES) at insn 6: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 6: cannot pass map_type 22 into func bpf_map_lookup_percpu_elem#195
.license "GPL"
.map queue type=queue key=0 value=8 entries=16
.program diff type=sk_msg
	r6 = r1
	w7 = *(u32 *)(r6 + 36)
	r1 = queue ll
	r2 = r10
	r2 += -1
	r3 = r7
	call bpf_map_lookup_percpu_elem
	call f0
	exit
.func f0
	exit
