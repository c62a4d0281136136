# Found by difftest (seed 7008, program 973): message-mismatch
# kernel: rejected (EACCES) at insn 7: invalid access to packet, off=16 size=2, R2(id=0,off=16,r=17)
# bpfj:   rejected (EACCES) at insn 16: R3 type=sock expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	call f0
	r2 = *(u64 *)(r6 + 0)
	r3 = *(u64 *)(r6 + 8)
	r1 = r2
	r1 += 17
	if r3 < r1 goto L8
	w7 = *(u16 *)(r2 + 16)
L8:
	exit
.func f0
	r6 = r1
	r8 = *(u64 *)(r6 + 40)
	r2 = r10
	r2 += -4
	r1 = sockhash ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
	call f1
	exit
.func f1
	exit
