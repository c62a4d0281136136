# Found by difftest (seed 20251126, program 26172): message-mismatch
# kernel: rejected (EACCES) at insn 4: invalid zero-sized read
# bpfj:   rejected (EINVAL) at insn 4: cannot pass map_type 22 into func bpf_msg_redirect_hash#71
.license "GPL"
.map queue type=queue key=0 value=8 entries=16
.program diff type=sk_msg
	r2 = queue ll
	r3 = r10
	r3 += -1
	r4 = 0
	call bpf_msg_redirect_hash
	exit
