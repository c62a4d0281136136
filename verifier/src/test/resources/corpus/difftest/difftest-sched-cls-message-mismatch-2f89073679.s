# Found by difftest (seed 7001, program 580): message-mismatch
# kernel: rejected (EACCES) at insn 4: R0 invalid mem access 'ringbuf_mem_or_null'
# bpfj:   rejected (EACCES) at insn 4: R0 invalid mem access 'mem_or_null'
.license "GPL"
.map ringbuf type=ringbuf key=0 value=0 entries=4096
.program diff type=sched_cls
	r1 = ringbuf ll
	r2 = 0
	r3 = 0
	call bpf_ringbuf_reserve
	*(u64 *)(r0 + 0) = 0
	exit
