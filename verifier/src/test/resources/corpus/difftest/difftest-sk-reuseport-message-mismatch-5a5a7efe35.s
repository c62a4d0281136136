# Found by difftest (seed 20251125, program 921): message-mismatch
# kernel: rejected (EACCES) at insn 8: misaligned access off (0x0; 0xffff....)+0+0 size 8
# bpfj:   rejected (EACCES) at insn 11: R1 type=sock expected=?
.license "GPL"
.map hash_wide type=hash key=8 value=16 entries=16
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r2 = r10
	r2 += -8
	r1 = hash_wide ll
	call bpf_map_lookup_elem
	if r0 != 0 goto L8
	goto L10
L8:
	r1 = 0
	r0 = cmpxchg_64(r0 + 0, r0, r1)
L10:
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	exit
