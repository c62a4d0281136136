.program jump_to_exit_ok type=sk_lookup
    r0 = 1
    goto +0
    exit
