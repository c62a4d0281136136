# Found by difftest (seed 7009, program 868): message-mismatch
# kernel: rejected (EACCES) at insn 6: R1 type=scalar expected=ctx
# bpfj:   rejected (EACCES) at insn 21: R3 type=sock_common expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_
.license "GPL"
.map sockmap type=sockmap key=4 value=8 entries=4
.program diff type=sched_cls
	call f0
	call f1
	exit
.func f0
	call f2
	exit
.func f1
	r1 = 0
	call bpf_fib_lookup
	exit
.func f2
	r2 = r10
	r2 += -1
	r3 = 1
	r4 = 0
	r5 = 0
	call bpf_skc_lookup_tcp
	r8 = r0
	if r8 == 0 goto L23
	r2 = r10
	r2 += -6
	r1 = sockmap ll
	r3 = r8
	r4 = 0
	call bpf_map_update_elem
L23:
	exit
