# Found by difftest (seed 20251125, program 8317): message-mismatch
# kernel: rejected (EACCES) at insn 8: R7 !read_ok
# bpfj:   rejected (EINVAL) at insn 22: infinite loop detected at insn 22
.license "GPL"
.program diff type=sk_msg
	r6 = r1
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	r1 = r2
	r1 += 41
	if r3 < r1 goto L8
	w7 = *(u8 *)(r2 + 29)
	w7 = *(u16 *)(r2 + 39)
L8:
	if r7 & 0 goto L15
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	r1 = r2
	r1 += 24
	if r1 > r3 goto L15
	w0 = *(u16 *)(r2 + 20)
L15:
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	r1 = r2
	r1 += 17
	if r3 < r1 goto L22
	r0 = *(u64 *)(r2 + 3)
	r7 = *(u64 *)(r2 + 2)
L22:
	may_goto L24
	goto L22
L24:
	r0 = 0
	exit
