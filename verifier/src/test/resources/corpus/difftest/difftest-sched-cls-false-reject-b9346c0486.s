# Found by difftest (seed 20251125, program 424): false-reject
# kernel: accepted
# bpfj:   rejected (EINVAL) at insn 26: infinite loop detected at insn 29
.license "GPL"
.map hash_wide type=hash key=8 value=16 entries=16
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sched_cls
	r6 = r1
	*(u64 *)(r10 - 8) = 0
	r2 = r10
	r2 += 0
	r1 = hash_wide ll
	r0 = 0
	w2 = *(u32 *)(r6 + 80)
	r2 = r10
	r2 += 0
	r1 = sockmap ll
	r0 = 0
	r8 = r0
	if r8 == 0 goto L19
	w7 = *(u32 *)(r8 + 16)
	w7 = *(u32 *)(r8 + 8)
	r1 = r8
	r0 = 0
L19:
	may_goto L30
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	call bpf_map_lookup_elem
	r8 = r0
	if r8 == 0 goto L29
	r1 = r8
	call bpf_sk_release
L29:
	goto L19
L30:
	exit
