# Found by difftest (seed 9001, program 9456): message-mismatch
# kernel: rejected (E2BIG): (07) r0 += 1                       ; R0=0x483ce
# bpfj:   rejected (E2BIG) at insn 1: BPF program is too large. Processed 1000001 insn
.license "GPL"
.program mut type=sched_cls
	r0 = 0
L1:
	r0 += 1
	if w1 < 0 goto L1
	exit
