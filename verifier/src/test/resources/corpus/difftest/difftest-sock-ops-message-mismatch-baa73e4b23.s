# Found by difftest (seed 20251126, program 31623): message-mismatch
# kernel: rejected (EINVAL) at insn 5: At program exit the register R0 is not a known value (ptr_or_null_)
# bpfj:   rejected (EINVAL) at insn 5: At program exit the register R0 is not a known value (ptr__or_null)
.license "GPL"
.program diff type=sock_ops
	r6 = r1
	r8 = *(u64 *)(r6 + 184)
	if r8 == 0 goto L4
	r1 = r8
L4:
	call bpf_skc_to_udp6_sock
	exit
