# Found by difftest (seed 20251125, program 9779): false-reject
# kernel: accepted
# bpfj:   rejected (E2BIG) at insn 2: The sequence of 8193 jumps is too complex.
.license "GPL"
.program diff type=sched_cls
	r6 = r1
	r7 = *(u64 *)(r6 + 184)
L2:
	may_goto L13
	if r7 != 0 goto L12
	r1 = r6
	r2 = 0
	r3 = r10
	r3 += -1
	r4 = 1
	r5 = r7
	call bpf_skb_store_bytes
	r7 = r0
L12:
	goto L2
L13:
	r0 = 0
	exit
