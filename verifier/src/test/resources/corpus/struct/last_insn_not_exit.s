.program last_insn_not_exit type=socket_filter
    r0 = 0
