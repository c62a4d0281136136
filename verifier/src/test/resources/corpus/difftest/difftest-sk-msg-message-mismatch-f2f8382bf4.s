# Found by difftest (seed 7008, program 530): message-mismatch
# kernel: rejected (EACCES) at insn 4: helper access to the packet is not allowed
# bpfj:   rejected (EACCES) at insn 4: R1 type=pkt expected=ctx
.license "GPL"
.program diff type=sk_msg
	r6 = r1
	r2 = *(u64 *)(r6 + 0)
	r1 = r2
	goto f0
.func f0
	call bpf_msg_redirect_hash
	exit
