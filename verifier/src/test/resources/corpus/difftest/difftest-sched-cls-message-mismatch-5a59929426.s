# Found by difftest (seed 20251125, program 17889): message-mismatch
# kernel: rejected (EINVAL): LD_ABS is not allowed in subprogs without BTF
# bpfj:   rejected (EACCES) at insn 2: R1 type=scalar expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
.license "GPL"
.program diff type=sched_cls
	call f0
	r1 = 0
	call bpf_skc_to_udp6_sock
	exit
.func f0
	r6 = r1
	r0 = *(u32 *)skb[22]
	exit
