# Found by difftest (seed 7006, program 2813): message-mismatch
# kernel: rejected (EACCES) at insn 7: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 9: R1 type=ctx expected=map_ptr
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=socket_filter
	r6 = r1
	r1 = sockmap ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -12
	r4 = 0
	call bpf_map_update_elem
	r1 = r6
	call bpf_map_lookup_elem
	exit
