# Found by difftest (seed 20251126, program 138735): false-accept
# kernel: rejected (EINVAL) at insn 3: At program exit the register R0 has smin=360287970189639680 smax=360287970189639680 should have been in [0, 1]
# bpfj:   accepted
.license "GPL"
.program diff type=sk_lookup attach=sk_lookup
	r7 = 5
	r7 = be64 r7
	r0 = r7
	exit
