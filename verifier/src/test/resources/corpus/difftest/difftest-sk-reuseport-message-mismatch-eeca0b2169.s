# Found by difftest (seed 7006, program 751): message-mismatch
# kernel: rejected (EACCES) at insn 7: invalid write to stack R4 off=0 size=8
# bpfj:   rejected (EACCES) at insn 7: invalid read from stack R4 off=0 size=8
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r0 = 0
	r7 = r0
	r1 = r10
	r1 += -1
	r2 = 1
	r3 = r7
	r4 = r10
	call bpf_strtol
	exit
