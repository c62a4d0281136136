# Found by difftest (seed 7004, program 2952): message-mismatch
# kernel: rejected (EINVAL) at insn 5: At program exit the register R0 has smin=-4095 smax=16 should have been in [0, 1]
# bpfj:   rejected (EINVAL) at insn 5: At program exit the register R0 has unknown scalar value should have been in [0, 1]
.license "GPL"
.program diff type=sk_lookup attach=sk_lookup
	r1 = r10
	r1 += -24
	r2 = 16
	r3 = 0
	call bpf_probe_read_kernel_str
	exit
