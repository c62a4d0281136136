# Found by difftest (seed 7003, program 2995): message-mismatch
# kernel: rejected (EACCES) at insn 6: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 6: cannot pass map_type 22 into func bpf_sk_select_reuseport#82
.license "GPL"
.map queue type=queue key=0 value=8 entries=16
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	w7 = *(u16 *)(r6 + 26)
	r2 = queue ll
	r3 = r10
	r3 += -1
	r4 = r7
	call bpf_sk_select_reuseport
	exit
