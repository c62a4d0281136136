# Found by difftest (seed 7009, program 265): message-mismatch
# kernel: rejected (EACCES) at insn 9: R0 invalid mem access 'map_value_or_null'
# bpfj:   rejected (EACCES) at insn 15: R1 type=sock expected=?
.license "GPL"
.map lru_hash type=lru_hash key=4 value=8 entries=16
.program diff type=sk_reuseport attach=sk_reuseport_select_or_migrate
	r6 = r1
	call f0
	r1 = r6
	call f1
	call f2
	r2 = r10
	r2 += -4
	r1 = lru_hash ll
	call bpf_map_lookup_elem
	w7 = *(u8 *)(r0 + 7)
	exit
.func f0
	exit
.func f1
	r6 = r1
	r8 = *(u64 *)(r6 + 40)
	r1 = r8
	call bpf_get_socket_cookie
	exit
.func f2
	exit
