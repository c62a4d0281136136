.program sock_ops_ret_0 type=sock_ops
    r0 = 0
    exit

.program sock_ops_ret_1 type=sock_ops
    r0 = 1
    exit

.program sock_ops_ret_2 type=sock_ops
    r0 = 2
    exit

.program sock_ops_ret_3 type=sock_ops
    r0 = 3
    exit

.program sock_ops_ret_neg1 type=sock_ops
    r0 = -1
    exit

.program sock_ops_ret_unknown type=sock_ops
    call bpf_get_prandom_u32
    exit

.program sock_ops_ret_masked1 type=sock_ops
    call bpf_get_prandom_u32
    r0 &= 1
    exit

.program sock_ops_ret_ctx_ptr type=sock_ops
    r0 = r1
    exit

.program sock_ops_ret_w0_2 type=sock_ops
    w0 = 2
    exit

.program sock_ops_ret_uninit type=sock_ops
    exit
