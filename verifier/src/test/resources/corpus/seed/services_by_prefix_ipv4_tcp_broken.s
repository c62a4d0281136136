# Broken variants of services_by_prefix_ipv4_tcp.s, each refused by the kernel; written by hand.
.license "GPL"
.map services type=sockmap key=4 value=8 entries=2
.map services_arr type=array key=4 value=8 entries=2
.map services_ra type=reuseport_sockarray key=4 value=8 entries=2
.program svc_v4_tcp_unchecked_null type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
		r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_leak type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r0 = 0
	goto L15

.program svc_v4_tcp_double_release type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_use_after_release type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	w0 = *(u32 *)(r7 + 4)
	goto L15

.program svc_v4_tcp_wrong_map_array type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services_arr ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_wrong_map_reuseport type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services_ra ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_bad_return type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 2
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_ctx_write type=sk_lookup attach=sk_lookup
	r6 = r1
	r2 = 0
	*(u32 *)(r1 + 60) = r2
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_ctx_wide_port type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	r4 = *(u64 *)(r1 + 56)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_release_ctx_sk type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = *(u64 *)(r6 + 0)
	call bpf_sk_release
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_assign_ctx_not_socket type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r6
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_clobbered_ref_reg type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = r10
	r2 += -8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r7 = 0
	r1 = r7
	call bpf_sk_release
	goto L15

.program svc_v4_tcp_lookup_key_scalar type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 60)
	if w4 != 80 goto L15
	w5 = *(u32 *)(r1 + 40)
	w5 &= 16777215
	if w5 != 131264 goto L12
	*(u32 *)(r10 - 8) = 0
	goto L17
L12:
	if w5 != 6566854 goto L15
	*(u32 *)(r10 - 8) = 1
	goto L17
L15:
	w0 = 1
	exit
L17:
	r2 = 8
	r1 = services ll
	call bpf_map_lookup_elem
	r7 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r7
	call bpf_sk_release
	goto L15
