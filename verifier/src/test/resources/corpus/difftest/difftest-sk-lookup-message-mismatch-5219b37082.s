# Found by difftest (seed 7011, program 2112): message-mismatch
# kernel: rejected (EACCES) at insn 6: R3 type=fp expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_
# bpfj:   rejected (EACCES) at insn 12: invalid access to map value, value_size=16 off=-4 size=4
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.map hash_wide type=hash key=8 value=16 entries=16
.program diff type=sk_lookup attach=sk_lookup
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -8
	r1 = sockmap ll
	r4 = 0
	call bpf_map_update_elem
	r2 = r10
	r2 += -8
	r1 = hash_wide ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L15
	w7 = *(u32 *)(r0 - 4)
L15:
	exit
