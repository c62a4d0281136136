# Found by difftest (seed 7008, program 1): false-reject
# kernel: accepted
# bpfj:   rejected (EACCES) at insn 8: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select
	r6 = r1
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L10
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L10:
	call f0
	exit
.func f0
	call f1
	exit
.func f1
	r0 = 0
	exit
