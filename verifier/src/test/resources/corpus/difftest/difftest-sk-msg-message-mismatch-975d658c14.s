# Found by difftest (seed 20251125, program 10437): message-mismatch
# kernel: rejected (EACCES) at insn 25: R0 invalid mem access 'map_value_or_null'
# bpfj:   rejected (EINVAL) at insn 40: infinite loop detected at insn 41
.license "GPL"
.map percpu_array type=percpu_array key=4 value=8 entries=4
.program diff type=sk_msg
	r6 = r1
	w7 = *(u32 *)(r6 + 64)
	r8 = *(u64 *)(r6 + 72)
	w7 = *(u32 *)(r8 + 8)
	r1 = r8
	r0 = 0
	if w7 & 0 goto L29
	if w7 s< 0 goto L20
	r8 = *(u64 *)(r6 + 72)
	r1 = r8
	r0 = 0
	goto L12
L12:
	w7 = *(u8 *)(r8 + 8)
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	r1 = r2
	r1 += 28
	if r1 > r3 goto L19
	w0 = *(u16 *)(r2 + 13)
L19:
	goto L29
L20:
	*(u32 *)(r10 - 16) = 0
	r2 = r10
	r2 += -4
	r1 = percpu_array ll
	call bpf_map_lookup_elem
	r1 = *(u64 *)(r0 + 0)
	r1 = 0
	w1 = xchg32_32(r0 + 0, w1)
L29:
	r1 = 0
	r1 = atomic_fetch_xor((u64 *)(r10 - 72), r1)
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	r1 = r2
	r1 += 7
	if r1 <= r3 goto L37
	goto L39
L37:
	w7 = *(u8 *)(r2 + 2)
	w0 = *(u32 *)(r2 + 1)
L39:
	*(u32 *)(r10 - 76) = 0
	w7 = *(u32 *)(r6 + 40)
L41:
	may_goto L43
	goto L41
L43:
	exit
