# Found by difftest (seed 9001, program 19662): message-mismatch
# kernel: rejected (EACCES) at insn 5: invalid access to packet, off=14 size=1, R2(id=0,off=14,r=0)
# bpfj:   rejected (EACCES) at insn 5: invalid access to packet, off=14 size=1, R2(id=0,off=14,r=14)
.license "GPL"
.program mut type=sched_cls
	w2 = *(u32 *)(r1 + 76)
	w3 = *(u32 *)(r1 + 80)
	r4 = r2
	r4 += 14
	if w4 > w3 goto L7
	w0 = *(u8 *)(r2 + 14)
	r0 = 0
L7:
	exit
