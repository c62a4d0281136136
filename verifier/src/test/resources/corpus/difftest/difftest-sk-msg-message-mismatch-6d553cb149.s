# Found by difftest (seed 7006, program 962): message-mismatch
# kernel: rejected (EACCES) at insn 4: R2 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EINVAL) at insn 4: cannot pass map_type 15 into func bpf_map_push_elem#87
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_msg
	r1 = sockmap ll
	r2 = r10
	r2 += -8
	r3 = 0
	call bpf_map_push_elem
	exit
