# Found by difftest (seed 7004, program 2938): message-mismatch
# kernel: rejected (EACCES) at insn 13: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 18: R8 invalid mem access 'scalar'
.license "GPL"
.map array type=array key=4 value=16 entries=4
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sched_cls
	r6 = r1
	r2 = r10
	r2 += -4
	r1 = array ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L8
	w7 = *(u8 *)(r0 + 3)
L8:
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = r7
	call bpf_map_update_elem
	w2 = *(u32 *)(r6 + 76)
	r8 = r2
	r1 = r6
	call bpf_skb_pull_data
	w0 = *(u8 *)(r8 + 0)
	exit
