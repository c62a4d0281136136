# Found by difftest (seed 20251125, program 720): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 !read_ok
# bpfj:   rejected (EACCES) at insn 15: R3 type=sock expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_lookup attach=sk_lookup
	call f0
	w1 = xchg32_32(r0 + 0, w1)
	call f1
	exit
.func f0
	r2 = r10
	r2 += -4
	r1 = sockhash ll
	call bpf_map_lookup_elem
	r8 = r0
	if r8 == 0 goto L18
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L18:
	exit
.func f1
	exit
