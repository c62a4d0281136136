# Found by difftest (seed 7003, program 4249): message-mismatch
# kernel: rejected (EACCES) at insn 1: R3 !read_ok
# bpfj:   rejected (EACCES) at insn 6: R1 type=sock expected=?
.license "GPL"
.program diff type=sk_reuseport attach=sk_reuseport_select
	call f0
	r0 = r3
	exit
.func f0
	r6 = r1
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	exit
