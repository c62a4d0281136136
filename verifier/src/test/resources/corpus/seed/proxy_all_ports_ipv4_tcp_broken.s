# Broken variants of proxy_all_ports_ipv4_tcp.s, each refused by the kernel; written by hand.
.license "GPL"
.map proxy type=sockmap key=4 value=8 entries=1
.map exempt_ports type=hash key=4 value=1 entries=64
.map proxy_arr type=array key=4 value=8 entries=1
.map proxy_ra type=reuseport_sockarray key=4 value=8 entries=1
.program proxy_tcp_unchecked_null type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
		r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_leak type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r0 = 0
	goto L15

.program proxy_tcp_double_release type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_use_after_release type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	w0 = *(u32 *)(r8 + 4)
	goto L15

.program proxy_tcp_wrong_map_array type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy_arr ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_wrong_map_reuseport type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy_ra ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_bad_return type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 2
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_ctx_write type=sk_lookup attach=sk_lookup
	r6 = r1
	r2 = 0
	*(u32 *)(r1 + 60) = r2
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_ctx_wide_port type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	r5 = *(u64 *)(r1 + 56)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_release_ctx_sk type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = *(u64 *)(r6 + 0)
	call bpf_sk_release
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_assign_ctx_not_socket type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r6
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_clobbered_ref_reg type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r8 = 0
	r1 = r8
	call bpf_sk_release
	goto L15

.program proxy_tcp_exempt_value_deref type=sk_lookup attach=sk_lookup
	r6 = r1
	w2 = *(u32 *)(r1 + 12)
	if w2 != 6 goto L15
	w3 = *(u32 *)(r1 + 8)
	if w3 != 2 goto L15
	w4 = *(u32 *)(r1 + 40)
	if w4 != 16908480 goto L15
	w5 = *(u32 *)(r1 + 60)
	*(u32 *)(r10 - 4) = w5
	r2 = r10
	r2 += -4
	r1 = exempt_ports ll
	call bpf_map_lookup_elem
	w1 = *(u8 *)(r0 + 0)
	if r0 == 0 goto L17
L15:
	w0 = 1
	exit
L17:
	*(u32 *)(r10 - 4) = 0
	r2 = r10
	r2 += -4
	r1 = proxy ll
	call bpf_map_lookup_elem
	r8 = r0
	if r0 == 0 goto L15
	r2 = r0
	r3 = 0
	r1 = r6
	call bpf_sk_assign
	r1 = r8
	call bpf_sk_release
	goto L15
