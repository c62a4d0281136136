# Found by difftest (seed 7006, program 1096): message-mismatch
# kernel: rejected (EACCES) at insn 5: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 5: cannot pass map_type 27 into func bpf_cgrp_storage_get#210
.license "GPL"
.map ringbuf type=ringbuf key=0 value=0 entries=4096
.program diff type=sched_cls
	r1 = ringbuf ll
	r2 = 0
	r3 = r10
	r3 += -1
	r4 = 0
	call bpf_cgrp_storage_get
	exit
