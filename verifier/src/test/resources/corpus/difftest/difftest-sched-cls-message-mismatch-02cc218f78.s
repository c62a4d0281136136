# Found by difftest (seed 7008, program 1066): message-mismatch
# kernel: rejected (EINVAL) at insn 5: invalid read from stack R2 off=-24 size=65535
# bpfj:   rejected (EACCES) at insn 5: R3 invalid zero-sized read: u64=[0,65535]
.license "GPL"
.program diff type=sched_cls
	r6 = r1
	w7 = *(u16 *)(r6 + 164)
	r2 = r10
	r2 += -24
	r3 = r7
	call bpf_skc_lookup_tcp
	exit
