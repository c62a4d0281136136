.program last_insn_goto_ok type=socket_filter
    r0 = 0
    exit
    goto -2
