# Found by difftest (seed 7009, program 1975): message-mismatch
# kernel: rejected (EACCES) at insn 6: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 19: invalid write to stack R1 off=-16 size=203
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_map_update_elem
	r0 = 203
	*(u64 *)(r10 - 8) = r0
	r1 = r10
	r1 += -8
	call f0
	call f1
	call f2
	exit
.func f0
	r7 = *(u64 *)(r1 + 0)
	r1 = r10
	r1 += -16
	r2 = r7
	call bpf_probe_read_kernel_str
	exit
.func f1
	exit
.func f2
	exit
