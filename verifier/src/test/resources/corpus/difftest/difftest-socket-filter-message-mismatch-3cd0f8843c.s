# Found by difftest (seed 9001, program 6541): message-mismatch
# kernel: rejected (EACCES) at insn 6: R1 type=map_value expected=fp, dynptr_ptr
# bpfj:   rejected (EACCES) at insn 6: R1 type=map_value expected=?
.license "GPL"
.map arr type=array key=4 value=8 entries=4
.program mut type=socket_filter
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = arr ll
	call bpf_map_lookup_elem
	r1 = r0
	call bpf_ringbuf_discard_dynptr
	exit
