# Found by difftest (seed 20251125, program 16141): message-mismatch
# kernel: rejected (EACCES) at insn 6: R7 !read_ok
# bpfj:   rejected (EACCES) at insn 19: R0 invalid sock access off=0 size=1
.license "GPL"
.map hash_wide type=hash key=8 value=16 entries=16
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r2 = r10
	r2 += -8
	r1 = hash_wide ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L7
	r7 = *(u64 *)(r0 + 0)
L7:
	if r7 s<= 0 goto L8
L8:
	r1 = r10
	r1 += -1
	r2 = 0
	r3 = 0
	call bpf_probe_read_user_str
	r7 = r0
	if r7 s<= 0 goto L22
	r1 = sockhash ll
	r2 = r10
	r2 += -4
	call bpf_map_lookup_elem
	if r0 == 0 goto L22
	w1 = *(u8 *)(r0 + 0)
L22:
	exit
