.program sched_cls_ret_0 type=sched_cls
    r0 = 0
    exit

.program sched_cls_ret_1 type=sched_cls
    r0 = 1
    exit

.program sched_cls_ret_2 type=sched_cls
    r0 = 2
    exit

.program sched_cls_ret_3 type=sched_cls
    r0 = 3
    exit

.program sched_cls_ret_neg1 type=sched_cls
    r0 = -1
    exit

.program sched_cls_ret_unknown type=sched_cls
    call bpf_get_prandom_u32
    exit

.program sched_cls_ret_masked1 type=sched_cls
    call bpf_get_prandom_u32
    r0 &= 1
    exit

.program sched_cls_ret_ctx_ptr type=sched_cls
    r0 = r1
    exit

.program sched_cls_ret_w0_2 type=sched_cls
    w0 = 2
    exit

.program sched_cls_ret_uninit type=sched_cls
    exit
