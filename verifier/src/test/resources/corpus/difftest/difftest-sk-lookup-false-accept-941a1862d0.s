# Found by difftest (seed 20251125, program 2080): false-accept
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   accepted
.license "GPL"
.map progs type=prog_array key=4 value=4 entries=4
.program diff type=sk_lookup attach=sk_lookup
	call f0
	exit
.func f0
	r2 = progs ll
	r3 = 0
	call bpf_tail_call
	r0 = 0
	exit
