# Found by difftest (seed 20251125, program 24345): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 12: misaligned access off (0x0; 0xffff....)+0+0 size 4
.license "GPL"
.map lru_hash type=lru_hash key=4 value=8 entries=16
.program diff type=sk_lookup attach=sk_lookup
	r0 = 0
	r7 = r0
	r1 = r10
	r1 += -1
	r2 = 0
	r3 = r7
	call bpf_probe_read_user_str
	r7 = r0
	if r7 s<= -4297 goto L11
	r0 = 0
	exit
L11:
	r1 = lru_hash ll
	w0 = cmpxchg32_32(r0 + 0, w0, w1)
	exit
