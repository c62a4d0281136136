# Found by difftest (seed 20251125, program 4976): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 12: R1 type=scalar expected=ctx
.license "GPL"
.map hash_wide type=hash key=8 value=16 entries=16
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	call f0
	call f1
	exit
.func f0
	call f2
	exit
.func f1
	exit
.func f2
	r2 = r10
	r2 += -8
	r1 = hash_wide ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L13
	r1 = *(u64 *)(r0 + 8)
L13:
	call bpf_tail_call
	exit
