# Found by difftest (seed 7006, program 2988): message-mismatch
# kernel: rejected (EACCES) at insn 6: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EINVAL) at insn 7: program of this type cannot use helper bpf_seq_printf_btf#150
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_lookup attach=sk_lookup
	r1 = sockmap ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r4 = 0
	call bpf_map_update_elem
	call bpf_seq_printf_btf
	exit
