# Found by difftest (seed 9001, program 5850): message-mismatch
# kernel: rejected (EACCES) at insn 5: invalid read from stack R3 off=24 size=1
# bpfj:   rejected (EACCES) at insn 5: invalid variable-offset read from stack R3 var_off=(0x10; 0x8) off=0 size=1
.license "GPL"
.program mut type=sched_cls
	w2 = *(u32 *)(r1 + 0)
	r2 &= 24
	if r2 s<= 16 goto L7
	r3 = r10
	r3 += r2
	w0 = *(u8 *)(r3 + 0)
	r0 = 0
L7:
	exit
