# Found by difftest (seed 7001, program 642): message-mismatch
# kernel: rejected (EACCES) at insn 6: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 6: cannot pass map_type 27 into func bpf_map_update_elem#2
.license "GPL"
.map ringbuf type=ringbuf key=0 value=0 entries=4096
.program diff type=sk_lookup attach=sk_lookup
	r2 = r10
	r2 += -1
	r3 = r10
	r3 += -1
	r1 = ringbuf ll
	r4 = 0
	call bpf_map_update_elem
	exit
