# Found by difftest (seed 7001, program 2691): message-mismatch
# kernel: rejected (EACCES) at insn 4: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 4: cannot pass map_type 27 into func bpf_sock_map_update#53
.license "GPL"
.map ringbuf type=ringbuf key=0 value=0 entries=4096
.program diff type=sock_ops
	r2 = ringbuf ll
	r3 = r10
	r3 += -1
	r4 = 0
	call bpf_sock_map_update
	exit
