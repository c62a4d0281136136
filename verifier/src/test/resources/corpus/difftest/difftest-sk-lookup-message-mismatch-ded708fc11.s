# Found by difftest (seed 9001, program 13465): message-mismatch
# kernel: rejected (EACCES) at insn 3: R0 pointer arithmetic on ptr_or_null_ prohibited, null-check it first
# bpfj:   rejected (EACCES) at insn 3: R0 pointer arithmetic on ptr__or_null prohibited, null-check it first
.license "GPL"
.program mut type=sk_lookup attach=sk_lookup
	r1 = *(u64 *)(r1 + 0)
	if r1 == 0 goto L3
	call bpf_skc_to_tcp_sock
L3:
	r0 += 0
	exit
