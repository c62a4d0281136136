# Found by difftest (seed 20251125, program 6706): false-reject
# kernel: accepted
# bpfj:   rejected (E2BIG) at insn 3: BPF program is too large. Processed 1000001 insn
.license "GPL"
.map hash_wide type=hash key=8 value=16 entries=16
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
L1:
	may_goto L9
	r2 = r10
	r2 += -8
	r1 = hash_wide ll
	call bpf_map_delete_elem
	r7 = r0
	goto L1
L9:
	r8 = *(u64 *)(r6 + 40)
	w7 = *(u32 *)(r8 + 12)
	r0 = r7
	exit
