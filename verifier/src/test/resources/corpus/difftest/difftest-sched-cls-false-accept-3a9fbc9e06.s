# Found by difftest (seed 20251126, program 199724): false-accept
# kernel: rejected (EACCES) at insn 15: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   accepted
.license "GPL"
.program diff type=sched_cls
	r6 = r1
	r7 = *(u64 *)(r6 + 184)
	*(u64 *)(r10 - 8) = -1
	r2 = r10
	r2 += -16
	r3 = 16
	r4 = r7
	call bpf_fib_lookup
	r1 = r10
	r1 += -8
	call f0
	exit
.func f0
	r7 = *(u64 *)(r1 + 0)
	if r7 > 0 goto L16
	r1 = 0
	call bpf_sk_release
L16:
	r0 = 0
	exit
