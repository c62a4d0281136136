# Found by difftest (seed 20251126, program 4439): message-mismatch
# kernel: rejected (EACCES) at insn 7: R7 !read_ok
# bpfj:   rejected (EACCES) at insn 15: R3 invalid zero-sized read: u64=[0,0]
.license "GPL"
.program diff type=sched_cls
	r6 = r1
	w2 = *(u32 *)(r6 + 76)
	w3 = *(u32 *)(r6 + 80)
	r1 = r2
	r1 += 34
	if r1 > r3 goto L7
	w7 = *(u16 *)(r2 + 19)
L7:
	if r7 s< 0 goto L9
	call f0
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
.func f0
	exit
