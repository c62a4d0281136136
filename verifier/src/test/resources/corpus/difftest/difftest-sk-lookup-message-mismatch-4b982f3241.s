# Found by difftest (seed 7004, program 5064): message-mismatch
# kernel: rejected (EACCES) at insn 2: invalid zero-sized read
# bpfj:   rejected (EACCES) at insn 2: invalid read from stack R2 off=0 size=0
.license "GPL"
.map ringbuf type=ringbuf key=0 value=0 entries=4096
.program diff type=sk_lookup attach=sk_lookup
	r2 = r10
	r1 = ringbuf ll
	call bpf_map_lookup_elem
	exit
