# Found by difftest (seed 7008, program 880): message-mismatch
# kernel: rejected (EINVAL) at insn 11: invalid read from stack R2 off=-16 size=65535
# bpfj:   rejected (EACCES) at insn 23: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockhash type=sockhash key=4 value=8 entries=4
.program diff type=sched_cls
	r6 = r1
	w7 = *(u16 *)(r6 + 166)
	if r7 s> 0 goto L5
	r0 = 0
	exit
L5:
	if r7 > 1 goto L6
L6:
	r2 = r10
	r2 += -16
	r3 = r7
	r4 = 0
	r5 = 0
	call bpf_sk_lookup_udp
	r8 = r0
	if r8 == 0 goto L16
	r1 = r8
	call bpf_sk_release
L16:
	r8 = *(u64 *)(r6 + 168)
	if r8 == 0 goto L25
	r2 = r10
	r2 += -4
	r1 = sockhash ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L25:
	exit
