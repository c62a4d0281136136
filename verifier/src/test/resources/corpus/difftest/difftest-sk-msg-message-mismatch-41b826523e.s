# Found by difftest (seed 7006, program 608): message-mismatch
# kernel: rejected (EINVAL) at insn 7: invalid arg_type for sockmap/sockhash
# bpfj:   rejected (EINVAL) at insn 7: cannot pass map_type 15 into func bpf_task_storage_get#156
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_msg
	r0 = 0
	r7 = r0
	r1 = sockmap ll
	r2 = 0
	r3 = r10
	r3 += -8
	r4 = r7
	call bpf_task_storage_get
	exit
