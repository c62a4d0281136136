# Found by difftest (seed 7009, program 1735): message-mismatch
# kernel: rejected (EACCES) at insn 7: R0 invalid mem access 'map_value_or_null'
# bpfj:   rejected (EACCES) at insn 13: R1 type=sock_common expected=?
.license "GPL"
.map percpu_array type=percpu_array key=4 value=8 entries=4
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	call f0
	call f1
	call f2
	r2 = r10
	r2 += -4
	r1 = percpu_array ll
	call bpf_map_lookup_elem
	r1 = *(u64 *)(r0 + 0)
	exit
.func f0
	r6 = r1
	r8 = *(u64 *)(r6 + 48)
	if r8 == 0 goto L15
	r1 = r8
	call bpf_get_socket_cookie
L15:
	exit
.func f1
	exit
.func f2
	exit
