# Found by difftest (seed 7006, program 2803): message-mismatch
# kernel: rejected (EACCES) at insn 3: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 3: cannot pass map_type 27 into func bpf_map_peek_elem#89
.license "GPL"
.map ringbuf type=ringbuf key=0 value=0 entries=4096
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r1 = ringbuf ll
	r2 = r10
	r2 += -1
	call bpf_map_peek_elem
	exit
