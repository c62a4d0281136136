# Found by difftest (seed 20251125, program 13969): message-mismatch
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 3: R1 type=fp expected=ctx
.license "GPL"
.program diff type=sched_cls
	r1 = r10
	call f0
	exit
.func f0
	call bpf_get_socket_cookie
	call f1
	exit
.func f1
	r0 = *(u32 *)skb[r7 + 10]
	exit
