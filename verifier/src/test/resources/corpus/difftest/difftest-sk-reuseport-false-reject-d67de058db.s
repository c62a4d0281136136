# Found by difftest (seed 20251125, program 10386): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 6: invalid access to packet, off=4 size=1, R2(id=0,off=4,r=0)
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r0 = 0
	r8 = -66138372
	r8 = be64 r8
	if r8 s<= 0 goto L7
	r2 = *(u64 *)(r6 + 0)
	w7 = *(u8 *)(r2 + 4)
L7:
	exit
