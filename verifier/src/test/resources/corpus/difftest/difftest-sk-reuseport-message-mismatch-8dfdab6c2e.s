# Found by difftest (seed 7007, program 763): message-mismatch
# kernel: rejected (EACCES) at insn 5: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 5: invalid read from stack R3 off=0 size=8
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	call f0
	r1 = sockmap ll
	r2 = r10
	r2 += -4
	r3 = r10
	call bpf_map_update_elem
	exit
.func f0
	exit
