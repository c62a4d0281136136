# Found by difftest (seed 9001, program 1009): message-mismatch
# kernel: rejected (EACCES) at insn 5: misaligned access off 0+0+2 size 4
# bpfj:   rejected (EACCES) at insn 5: misaligned value access off 0+0+2 size 4
.license "GPL"
.map arr type=array key=4 value=8 entries=4
.program mut type=sched_cls
	r2 = r10
	r2 += -4
	r1 = arr ll
	call bpf_map_lookup_elem
	r1 = 0
	lock *(u32 *)(r0 + 2) += w1
	exit
