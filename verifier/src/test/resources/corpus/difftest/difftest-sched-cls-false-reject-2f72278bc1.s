# Found by difftest (seed 7001, program 2338): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 5: R3 invalid zero-sized read: u64=[0,0]
.license "GPL"
.program diff type=sched_cls
	r2 = r10
	r2 += -1
	r3 = 0
	r4 = 0
	r5 = 0
	call bpf_skc_lookup_tcp
	r8 = r0
	if r8 == 0 goto L10
	r1 = r8
	call bpf_sk_release
L10:
	exit
