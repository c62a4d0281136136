# Found by difftest (seed 20251125, program 4226): message-mismatch
# kernel: rejected (EACCES) at insn 22: cannot write into packet
# bpfj:   rejected (EINVAL) at insn 31: infinite loop detected at insn 32
.license "GPL"
.map hash_wide type=hash key=8 value=16 entries=16
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	r8 = 0
	r8 s%= -1
	r1 = 0
	lock *(u64 *)(r10 - 32) += r1
	r0 = 0
	r7 = r0
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	r1 = r2
	r1 += 24
	if r3 < r1 goto L14
	r7 = *(u64 *)(r2 + 1)
	w0 = *(u8 *)(r2 + 13)
L14:
	if r7 < r8 goto L33
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	r1 = r2
	r1 += 26
	if r1 <= r3 goto L21
	goto L23
L21:
	r0 = *(u64 *)(r2 + 17)
	*(u32 *)(r2 + 14) = 0
L23:
	may_goto L33
	*(u64 *)(r10 - 8) = 0
	r2 = r10
	r2 += -8
	r1 = hash_wide ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L32
	w7 = *(u32 *)(r0 + 8)
L32:
	goto L23
L33:
	exit
