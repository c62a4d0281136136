# Found by difftest (seed 7008, program 250): message-mismatch
# kernel: rejected (EACCES) at insn 4: R3 unbounded memory access, use 'var &= const' or 'if (var < const)'
# bpfj:   rejected (EACCES) at insn 4: R3 invalid zero-sized read: u64=[0,4294967295]
.license "GPL"
.program diff type=sched_cls
	r6 = r1
	w7 = *(u32 *)(r6 + 44)
	r2 = r10
	r3 = r7
	call bpf_sk_lookup_udp
	exit
