# Found by difftest (seed 20251126, program 4174): message-mismatch
# kernel: rejected (EINVAL) at insn 42: Unreleased reference id=9 alloc_insn=26
# bpfj:   rejected (EINVAL) at insn 42: Unreleased reference id=10 alloc_insn=26
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sched_cls
	r6 = r1
	w7 = *(u8 *)(r6 + 4)
	if r7 <= 0 goto L21
	r1 = r6
	*(u64 *)(r10 - 16) = 0
	*(u32 *)(r10 - 8) = 0
	r2 = r10
	r2 += -1
	r3 = 1
	r4 = 0
	r5 = 0
	call bpf_skc_lookup_tcp
	r8 = r0
	if r8 == 0 goto L20
	r1 = r8
	call bpf_skc_to_unix_sock
	goto L17
L17:
	w7 = *(u8 *)(r8 + 58)
	r1 = r8
	call bpf_sk_release
L20:
	goto L27
L21:
	*(u32 *)(r10 - 8) = 0
	r2 = r10
	r2 += -4
	r1 = sockhash ll
	call bpf_map_lookup_elem
L27:
	if r7 s< 3 goto L40
	r1 = r6
	*(u64 *)(r10 - 40) = 0
	r2 = r10
	r2 += -1
	r3 = 1
	r4 = -1
	r5 = 0
	call bpf_sk_lookup_udp
	r8 = r0
	if r8 == 0 goto L40
	r1 = r8
	call bpf_sk_release
L40:
	w8 = *(u8 *)(r6 + 180)
	r0 = r7
	r0 &= 1
	exit
