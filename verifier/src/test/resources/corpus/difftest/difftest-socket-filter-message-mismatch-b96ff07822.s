# Found by difftest (seed 7004, program 2693): message-mismatch
# kernel: rejected (EACCES) at insn 1: R1 !read_ok
# bpfj:   rejected (EACCES) at insn 11: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=socket_filter
	call f0
	r0 = r1
	exit
.func f0
	r6 = r1
	r8 = *(u64 *)(r6 + 168)
	if r8 == 0 goto L13
	r2 = r10
	r2 += -4
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L13:
	exit
