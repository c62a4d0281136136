.program ctx_u64_on_u32_field type=sched_cls
    r0 = *(u64 *)(r1 + 0)
    exit
