# Found by difftest (seed 7002, program 1896): message-mismatch
# kernel: rejected (EACCES) at insn 3: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 3: cannot pass map_type 27 into func bpf_map_delete_elem#3
.license "GPL"
.map ringbuf type=ringbuf key=0 value=0 entries=4096
.program diff type=sk_lookup attach=sk_lookup
	r2 = r10
	r2 += -1
	r1 = ringbuf ll
	call bpf_map_delete_elem
	exit
