# Found by difftest (seed 20251125, program 12631): message-mismatch
# kernel: rejected (EACCES) at insn 8: misaligned access off (0x0; 0xffff....)+0+8 size 8
# bpfj:   rejected (EACCES) at insn 12: R1 type=sock_common expected=?
.license "GPL"
.map array type=array key=4 value=16 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r2 = r10
	r2 += -4
	r1 = array ll
	call bpf_map_lookup_elem
	if r0 != 0 goto L8
	goto L10
L8:
	r1 = 0
	r0 = cmpxchg_64(r0 + 8, r0, r1)
L10:
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L14
	r1 = r8
	call bpf_get_socket_cookie
L14:
	exit
