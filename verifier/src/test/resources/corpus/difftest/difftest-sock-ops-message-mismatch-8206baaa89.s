# Found by difftest (seed 20251125, program 13968): message-mismatch
# kernel: rejected (EINVAL): tail_call is not allowed in subprogs without BTF
# bpfj:   rejected (EINVAL) at insn 3: At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]
.license "GPL"
.map progs type=prog_array key=4 value=4 entries=4
.program diff type=sock_ops
	call f0
	call f1
	r0 = 2
	exit
.func f0
	r2 = progs ll
	r3 = 0
	call bpf_tail_call
	exit
.func f1
	call f2
	exit
.func f2
	exit
