# Found by difftest (seed 20251126, program 5484): message-mismatch
# kernel: rejected (EACCES) at insn 7: invalid access to map value, value_size=8 off=1 size=8
# bpfj:   rejected (EACCES) at insn 14: R3 invalid zero-sized read: u64=[0,0]
.license "GPL"
.map percpu_array type=percpu_array key=4 value=8 entries=4
.program diff type=sched_cls
	r6 = r1
	r2 = r10
	r2 += -4
	r1 = percpu_array ll
	call bpf_map_lookup_elem
	if r0 != 0 goto L8
	goto L9
L8:
	r7 = *(u64 *)(r0 + 1)
L9:
	r1 = r6
	r2 = r10
	r2 += -1
	r3 = 0
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_tcp
	r8 = r0
	if r8 == 0 goto L20
	r1 = r8
	call bpf_sk_release
L20:
	exit
