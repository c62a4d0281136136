# Found by difftest (seed 20251125, program 4936): message-mismatch
# kernel: rejected (EACCES) at insn 8: invalid access to map value, value_size=8 off=8 size=4
# bpfj:   rejected (EACCES) at insn 16: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map percpu_array type=percpu_array key=4 value=8 entries=4
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	r2 = r10
	r2 += -4
	r1 = percpu_array ll
	call bpf_map_lookup_elem
	if r0 != 0 goto L8
	goto L10
L8:
	r1 = 0
	w1 = xchg32_32(r0 + 8, w1)
L10:
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L19
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L19:
	exit
