# Found by difftest (seed 20251126, program 853008): false-accept
# kernel: rejected (EACCES) at insn 14: R1 type=fp expected=ctx
# bpfj:   accepted
.license "GPL"
.program diff type=sock_ops
	r6 = r1
	w7 = *(u32 *)(r6 + 120)
	*(u64 *)(r10 - 8) = 0
	r2 = r10
	r2 += -16
	r3 = 16
	r4 = r7
	call bpf_load_hdr_opt
	r1 = r10
	r1 += -8
	call f0
	exit
.func f0
	r7 = *(u64 *)(r1 + 0)
	if r7 s< 1 goto L15
	call bpf_store_hdr_opt
L15:
	r0 = 0
	exit
