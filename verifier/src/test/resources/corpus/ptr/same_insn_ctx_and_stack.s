.program same_insn_ctx_and_stack type=socket_filter
    r2 = r1
    r3 = *(u32 *)(r1 + 0)
    if r3 > 5 goto +2
    r2 = r10
    r2 += -8
    r0 = *(u32 *)(r2 + 0)
    exit
