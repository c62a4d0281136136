# Found by difftest (seed 20251126, program 300458): false-accept
# kernel: rejected (EACCES) at insn 7: R0 invalid mem access 'map_value_or_null'
# bpfj:   accepted
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sock_ops
	r8 = -1
	r8 = le64 r8
	if r8 s> 0 goto L9
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	call bpf_map_lookup_elem
	w1 = *(u32 *)(r0 + 4)
L9:
	r0 = 0
	exit
