# Found by difftest (seed 7008, program 186): message-mismatch
# kernel: rejected (EACCES) at insn 4: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 4: cannot pass map_type 27 into func bpf_map_push_elem#87
.license "GPL"
.map ringbuf type=ringbuf key=0 value=0 entries=4096
.program diff type=sk_lookup attach=sk_lookup
	r1 = ringbuf ll
	r2 = r10
	r2 += -1
	r3 = 0
	call bpf_map_push_elem
	exit
